import { describe, expect, it } from 'vitest';
import { fixedText } from '../fixed-point';
import { indicatorLink } from './indicator-link';

const scaled = (n: number) => BigInt(Math.round(n * 1_000_000));

describe('projects in statistics beside the district\'s fixed-asset investment', () => {
  it('converts 亿元 to 万元 exactly and gives the difference and the share', () => {
    const link = indicatorLink({ projectsYtdWan: scaled(125_000.5), projectCount: 3, reportedYtdYi: scaled(52.31) });
    expect(link.reportedYtdWan).toBe(scaled(523_100));
    expect(link.difference).toBe(scaled(398_099.5));
    expect(fixedText(link.share!, 2)).toBe('23.9');
    expect(link.flag).toBe('consistent');
  });

  it('flags projects that add up to more than the district reported', () => {
    expect(indicatorLink({ projectsYtdWan: scaled(600_000), projectCount: 2, reportedYtdYi: scaled(50) })).toMatchObject({ flag: 'projects_exceed_reported', difference: scaled(-100_000) });
    expect(indicatorLink({ projectsYtdWan: scaled(500_000), projectCount: 2, reportedYtdYi: scaled(50) }).flag).toBe('consistent');
  });

  it('stands alone without an approved figure, and says when no project is in statistics', () => {
    expect(indicatorLink({ projectsYtdWan: scaled(100), projectCount: 1, reportedYtdYi: null })).toEqual({ reportedYtdWan: null, difference: null, share: null, flag: 'no_reported_figure' });
    expect(indicatorLink({ projectsYtdWan: 0n, projectCount: 0, reportedYtdYi: scaled(10) }).flag).toBe('no_projects');
    expect(indicatorLink({ projectsYtdWan: 0n, projectCount: 0, reportedYtdYi: 0n }).share).toBeNull();
  });
});
