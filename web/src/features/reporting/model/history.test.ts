import { describe, expect, it } from 'vitest';
import { eventActionKey, submissionVersionsOf } from './history';

describe('history', () => {
  it('labels known actions and falls back for others', () => {
    expect(eventActionKey('return')).toBe('return');
    expect(eventActionKey('grant_revision')).toBe('grant_revision');
    expect(eventActionKey('something_new')).toBe('other');
  });

  it('lists the versions that can be opened, oldest first, once each', () => {
    const at = '2026-11-20T00:00:00Z';
    const history = {
      events: [
        { action: 'submit', fromStatus: 'draft', toStatus: 'submitted', submissionVersion: 4, reason: null, actorName: 'wuchang', at },
        { action: 'return', fromStatus: 'submitted', toStatus: 'returned', submissionVersion: 5, reason: 'x', actorName: 'reviewer', at },
      ],
      versions: [
        { indicatorCode: 'gdp', version: 1, ytdValue: '1', reportedYoy: null, note: null, source: 'entered', changedBy: 'wuchang', changedAt: at, submissionVersion: 2 },
        { indicatorCode: 'gdp', version: 2, ytdValue: '2', reportedYoy: null, note: null, source: 'entered', changedBy: 'wuchang', changedAt: at, submissionVersion: 4 },
      ],
    };
    expect(submissionVersionsOf(history)).toEqual([2, 4, 5]);
  });
});
