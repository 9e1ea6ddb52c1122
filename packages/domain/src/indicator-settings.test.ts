import { describe, expect, it } from 'vitest';
import { settingsChangeIssues } from './indicator-settings';

const monthly = { frequency: 'monthly', growthBasis: 'amounts' } as const;
const figure = (month: number, hasAmount = true, hasRate = true) => ({ month, hasAmount, hasRate });

describe('changing an indicator\'s frequency and growth basis', () => {
  it('may be made when every stored figure stays asked for', () => {
    expect(settingsChangeIssues(monthly, { ...monthly, frequency: 'quarterly' }, [figure(3), figure(6)])).toEqual([]);
    expect(settingsChangeIssues(monthly, { ...monthly, frequency: 'quarterly' }, [])).toEqual([]);
    // To real growth: figures keep their amounts and rates.
    expect(settingsChangeIssues(monthly, { ...monthly, growthBasis: 'reported_real' }, [figure(1, true, false)])).toEqual([]);
  });

  it('is refused when figures are stored for months the new frequency does not ask for', () => {
    expect(settingsChangeIssues(monthly, { ...monthly, frequency: 'quarterly' }, [figure(3), figure(4), figure(5), figure(5), figure(6)]))
      .toEqual([{ code: 'frequency_orphans', months: [4, 5], figures: 3 }]);
    // No January figure exists for a monthly-from-February indicator.
    expect(settingsChangeIssues(monthly, { ...monthly, frequency: 'monthly_from_february' }, [figure(1)]))
      .toEqual([{ code: 'frequency_orphans', months: [1], figures: 1 }]);
    // An empty figure holds nothing to orphan.
    expect(settingsChangeIssues(monthly, { ...monthly, frequency: 'annual' }, [figure(4, false, false)])).toEqual([]);
  });

  it('is refused when growth is to come from amounts and figures hold only a rate', () => {
    const real = { frequency: 'quarterly', growthBasis: 'reported_real' } as const;
    expect(settingsChangeIssues(real, { ...real, growthBasis: 'amounts' }, [figure(3, false, true), figure(6)]))
      .toEqual([{ code: 'basis_orphans', figures: 1 }]);
  });
});
