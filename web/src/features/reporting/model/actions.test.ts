import { describe, expect, it } from 'vitest';
import { ROLES } from '@hongtu/contracts';
import { monthActions as allowedActions, type MonthActionInput as AllowedInput } from '@hongtu/domain';
import { toolbarActions } from './actions';

type Input = AllowedInput & { viewingHistory: boolean; dirty: boolean };

/** The buttons for a month whose allowed actions the server computed with the domain rule. */
const monthActions = ({ viewingHistory, dirty, ...month }: Input) =>
  toolbarActions({ allowed: allowedActions(month), status: month.status, viewingHistory, dirty });

const base: Input = { role: 'district_operator', own: true, status: 'draft', periodOpen: true, viewingHistory: false, dirty: false };

describe('monthActions', () => {
  it('lets the own operator fill an open month in draft, not started or returned', () => {
    for (const status of ['not_started', 'draft', 'returned'] as const) {
      expect(monthActions({ ...base, status }).edit).toBe(true);
    }
    expect(monthActions({ ...base, status: 'submitted' }).edit).toBe(false);
    expect(monthActions({ ...base, status: 'approved' }).edit).toBe(false);
    expect(monthActions({ ...base, periodOpen: false }).edit).toBe(false);
    expect(monthActions({ ...base, own: false }).edit).toBe(false);
  });

  it('saves only with edits and submits a not-started month only with edits', () => {
    expect(monthActions(base).save).toBe(false);
    expect(monthActions({ ...base, dirty: true }).save).toBe(true);
    expect(monthActions({ ...base, status: 'not_started' }).submit).toBe(false);
    expect(monthActions({ ...base, status: 'not_started', dirty: true }).submit).toBe(true);
  });

  it('offers a revision request (申请更正) after approval only, on an open or a closed month', () => {
    expect(monthActions({ ...base, status: 'approved' }).requestRevision).toBe(true);
    expect(monthActions({ ...base, status: 'approved', periodOpen: false }).requestRevision).toBe(true);
    expect(monthActions({ ...base, status: 'submitted' }).requestRevision).toBe(false);
  });

  it('offers withdraw (撤回) on a submitted month, and not while history is shown', () => {
    expect(monthActions({ ...base, status: 'submitted' }).withdraw).toBe(true);
    expect(monthActions({ ...base, status: 'submitted', viewingHistory: true }).withdraw).toBe(false);
    expect(monthActions({ ...base, status: 'draft' }).withdraw).toBe(false);
  });

  it('lets the reviewer approve or return a submitted month and decide revisions, never edit', () => {
    const reviewer = { ...base, role: 'city_reviewer' as const, own: false };
    expect(monthActions({ ...reviewer, status: 'submitted' })).toMatchObject({ approve: true, returnFigures: true, edit: false, submit: false });
    expect(monthActions({ ...reviewer, status: 'revision_requested' })).toMatchObject({ decideRevision: true, approve: false });
    expect(monthActions({ ...reviewer, status: 'draft' }).edit).toBe(false);
  });

  it('gives other roles and history views nothing', () => {
    for (const role of ROLES.filter((r) => r !== 'district_operator' && r !== 'city_reviewer')) {
      expect(Object.values(monthActions({ ...base, role, status: 'submitted' })).some(Boolean)).toBe(false);
    }
    expect(Object.values(monthActions({ ...base, viewingHistory: true, dirty: true })).some(Boolean)).toBe(false);
  });

  it('follows what the server allows, whatever the role', () => {
    const allowed = { edit: true, submit: true, withdraw: false, requestRevision: false, approve: false, returnFigures: false, decideRevision: false };
    expect(toolbarActions({ allowed, status: 'draft', viewingHistory: false, dirty: false })).toMatchObject({ edit: true, check: true, importExcel: true, submit: true, save: false });
    const none = { ...allowed, edit: false, submit: false };
    expect(Object.values(toolbarActions({ allowed: none, status: 'draft', viewingHistory: false, dirty: true })).some(Boolean)).toBe(false);
  });
});
