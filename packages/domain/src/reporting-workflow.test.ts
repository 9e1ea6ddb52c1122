import { describe, expect, it } from 'vitest';
import { ROLES } from './access';
import {
  PUBLISHED_STATUSES,
  SUBMISSION_STATUSES,
  SUBMISSION_TRANSITIONS,
  canTransition,
  isEditableStatus,
  isPublishedStatus,
  monthActions,
  monthWritable,
  type MonthActionInput,
} from './reporting-workflow';

const base: MonthActionInput = { role: 'district_operator', own: true, status: 'draft', periodOpen: true };

describe('reporting workflow', () => {
  it('publishes approved months, and keeps them published while a revision is requested', () => {
    expect([...PUBLISHED_STATUSES]).toEqual(['approved', 'revision_requested']);
    expect(SUBMISSION_STATUSES.filter(isPublishedStatus)).toEqual(['approved', 'revision_requested']);
    expect(SUBMISSION_STATUSES.filter(isEditableStatus)).toEqual(['not_started', 'draft', 'returned']);
  });

  it('moves only from the allowed statuses', () => {
    expect(canTransition('submit', 'draft')).toBe(true);
    expect(canTransition('submit', 'returned')).toBe(true);
    expect(canTransition('submit', 'approved')).toBe(false);
    expect(canTransition('approve', 'submitted')).toBe(true);
    expect(canTransition('approve', 'revision_requested')).toBe(false);
    expect(SUBMISSION_TRANSITIONS.grant_revision.to).toBe('returned');
    expect(SUBMISSION_TRANSITIONS.refuse_revision.to).toBe('approved');
  });

  it('lets the own operator fill an open month in draft, not started or returned', () => {
    for (const status of ['not_started', 'draft', 'returned'] as const) {
      expect(monthActions({ ...base, status }).edit).toBe(true);
    }
    expect(monthActions({ ...base, status: 'submitted' }).edit).toBe(false);
    expect(monthActions({ ...base, status: 'approved' }).edit).toBe(false);
    expect(monthActions({ ...base, periodOpen: false }).edit).toBe(false);
    expect(monthActions({ ...base, own: false }).edit).toBe(false);
  });

  it('offers a revision request (申请更正) after approval only, on an open or a closed month', () => {
    expect(monthActions({ ...base, status: 'approved' }).requestRevision).toBe(true);
    expect(monthActions({ ...base, status: 'approved', periodOpen: false }).requestRevision).toBe(true);
    expect(monthActions({ ...base, status: 'submitted' }).requestRevision).toBe(false);
    expect(monthActions({ ...base, status: 'approved', own: false }).requestRevision).toBe(false);
  });

  it('reopens a closed month for editing when the city granted a correction after the last approval', () => {
    expect(monthActions({ ...base, status: 'returned', periodOpen: false }).edit).toBe(false);
    expect(monthActions({ ...base, status: 'returned', periodOpen: false, correctionGranted: true })).toMatchObject({ edit: true, submit: true });
    expect(monthWritable(false, [{ action: 'approve' }, { action: 'request_revision' }, { action: 'grant_revision' }])).toEqual({ writable: true, correctionGranted: true });
    expect(monthWritable(false, [{ action: 'grant_revision' }, { action: 'submit' }, { action: 'approve' }])).toEqual({ writable: false, correctionGranted: false });
    expect(monthWritable(false, [{ action: 'approve' }, { action: 'request_revision' }, { action: 'refuse_revision' }])).toEqual({ writable: false, correctionGranted: false });
    expect(monthWritable(true, [])).toEqual({ writable: true, correctionGranted: false });
  });

  it('lets the own operator withdraw (撤回) a submitted month before the city acts, while it could be edited', () => {
    expect(SUBMISSION_TRANSITIONS.withdraw).toMatchObject({ from: ['submitted'], to: 'draft', permission: 'figure.enter' });
    expect(monthActions({ ...base, status: 'submitted' }).withdraw).toBe(true);
    for (const status of ['draft', 'returned', 'approved', 'revision_requested', 'not_started'] as const) {
      expect(monthActions({ ...base, status }).withdraw).toBe(false);
    }
    expect(monthActions({ ...base, status: 'submitted', periodOpen: false }).withdraw).toBe(false);
    expect(monthActions({ ...base, status: 'submitted', periodOpen: false, correctionGranted: true }).withdraw).toBe(true);
    expect(monthActions({ ...base, status: 'submitted', own: false }).withdraw).toBe(false);
    expect(monthActions({ ...base, role: 'city_reviewer', own: false, status: 'submitted' }).withdraw).toBe(false);
  });

  it('lets the reviewer approve or return a submitted month and decide revisions, never edit', () => {
    const reviewer = { ...base, role: 'city_reviewer' as const, own: false };
    expect(monthActions({ ...reviewer, status: 'submitted' })).toMatchObject({ approve: true, returnFigures: true, edit: false, submit: false });
    expect(monthActions({ ...reviewer, status: 'revision_requested' })).toMatchObject({ decideRevision: true, approve: false });
    expect(monthActions({ ...reviewer, status: 'draft' }).edit).toBe(false);
  });

  it('gives other roles nothing', () => {
    for (const role of ROLES.filter((r) => r !== 'district_operator' && r !== 'city_reviewer')) {
      expect(Object.values(monthActions({ ...base, role, status: 'submitted' })).some(Boolean)).toBe(false);
      expect(Object.values(monthActions({ ...base, role, status: 'draft' })).some(Boolean)).toBe(false);
    }
  });
});
