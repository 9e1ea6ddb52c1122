import { describe, expect, it } from 'vitest';
import { fixedText } from '../fixed-point';
import { DEFAULT_TOUR_CRITERIA, checkTourCriteria, parseTourScore, rankTourDistricts, tenthsText, tourActions, tourStopResults, type TourScore } from './tours';

describe('a tour\'s criteria', () => {
  it('takes whole weights that add up to 100, names once each', () => {
    expect(checkTourCriteria(DEFAULT_TOUR_CRITERIA)).toBeNull();
    expect(checkTourCriteria([])).toBe('count');
    expect(checkTourCriteria([{ name: '投资强度', weight: 30.5 }, { name: '形象进度', weight: 69.5 }])).toBe('weight');
    expect(checkTourCriteria([{ name: '投资强度', weight: 30 }, { name: '形象进度', weight: 60 }])).toBe('total');
    expect(checkTourCriteria([{ name: '投资强度', weight: 50 }, { name: '投资强度 ', weight: 50 }])).toBe('duplicate');
  });
});

describe('a score as typed', () => {
  it('is tenths within 0..weight, one decimal at most, full-width digits accepted', () => {
    expect(parseTourScore('27.5', 30)).toBe(275);
    expect(parseTourScore('３０', 30)).toBe(300);
    expect(parseTourScore('0', 20)).toBe(0);
    expect(parseTourScore('30.1', 30)).toBeNull();
    expect(parseTourScore('-1', 30)).toBeNull();
    expect(parseTourScore('12.25', 30)).toBeNull();
    expect(parseTourScore('abc', 30)).toBeNull();
    expect(tenthsText(275)).toBe('27.5');
    expect(tenthsText(300)).toBe('30');
  });
});

describe('results of a tour', () => {
  const criteria = [1, 2];
  const score = (stopId: number, judgeId: number, criterionId: number, tenths: number): TourScore => ({ stopId, judgeId, criterionId, tenths });

  it('counts a judge\'s total once he has scored every criterion, and means them exactly', () => {
    const scores = [
      score(10, 1, 1, 250), score(10, 1, 2, 600), // 85
      score(10, 2, 1, 300), score(10, 2, 2, 555), // 85.5
      score(10, 3, 1, 300), // incomplete: not counted
    ];
    const [stop] = tourStopResults([{ stopId: 10, districtId: 7 }], criteria, scores);
    expect(stop!.judges).toBe(2);
    expect(fixedText(stop!.score, 6)).toBe('85.25');
  });

  it('ranks districts by the mean of their scored stops on two published decimals, ties sharing a rank', () => {
    const stops = [{ stopId: 1, districtId: 100 }, { stopId: 2, districtId: 100 }, { stopId: 3, districtId: 200 }, { stopId: 4, districtId: 300 }, { stopId: 5, districtId: 400 }];
    const scores = [
      // 区100: stops of 80 and 90.1 → 85.05
      score(1, 1, 1, 300), score(1, 1, 2, 500), score(2, 1, 1, 301), score(2, 1, 2, 600),
      // 区200: (85 + 85.1) / 2 judges → 85.05 — equal, shares rank 1
      score(3, 1, 1, 300), score(3, 1, 2, 550), score(3, 2, 1, 301), score(3, 2, 2, 550),
      // 区300: 85.0333… (three judges) → 85.03, third
      score(4, 1, 1, 300), score(4, 1, 2, 550), score(4, 2, 1, 300), score(4, 2, 2, 550), score(4, 3, 1, 301), score(4, 3, 2, 550),
    ];
    const ranked = rankTourDistricts(tourStopResults(stops, criteria, scores));
    expect(ranked.map((r) => [r.districtId, r.published, r.rank])).toEqual([[100, '85.05', 1], [200, '85.05', 1], [300, '85.03', 3], [400, null, null]]);
    expect(ranked[0]).toMatchObject({ stops: 2, scoredStops: 2 });
    // Exact before rounding: 85.0333… is kept to the fixed point's digits, never as a float.
    expect(fixedText(ranked[2]!.score, 6)).toBe('85.033333');
  });
});

describe('what a user may do on a tour', () => {
  it('lets districts nominate, judges score and the city fix the route and close, each in its phase', () => {
    expect(tourActions({ status: 'nominating', city: false, operator: true, judge: true })).toEqual({ manage: false, nominate: true, score: false, close: false });
    expect(tourActions({ status: 'scoring', city: true, operator: false, judge: true })).toEqual({ manage: true, nominate: false, score: true, close: true });
    expect(tourActions({ status: 'closed', city: true, operator: true, judge: true })).toEqual({ manage: false, nominate: false, score: false, close: false });
  });
});
