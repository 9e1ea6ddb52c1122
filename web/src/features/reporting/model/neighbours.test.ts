import { describe, expect, it } from 'vitest';
import { neighbours } from './neighbours';

describe('previous and next district', () => {
  const rows = [{ organisationId: 3 }, { organisationId: 7 }, { organisationId: 5 }];
  it('follows the board order and stops at the ends', () => {
    expect(neighbours(rows, 7)).toEqual({ previous: { organisationId: 3 }, next: { organisationId: 5 }, index: 2, total: 3 });
    expect(neighbours(rows, 3)).toMatchObject({ previous: null, next: { organisationId: 7 }, index: 1 });
    expect(neighbours(rows, 5)).toMatchObject({ previous: { organisationId: 7 }, next: null, index: 3 });
  });
  it('has none for a district not on the board', () => {
    expect(neighbours(rows, 9)).toEqual({ previous: null, next: null, index: 0, total: 3 });
  });
});
