// Test data shaped like the server's answers (values taken from the demo's 2022-09 and 2026 months).
import type { DistrictDashboard, Ranking } from '@hongtu/contracts';
import type { RankingChartTexts } from './rankingBarOption';
import type { TrendChartTexts } from './trendOption';

type RankingRow = Ranking['rows'][number];

export function rankingRow(overrides: Partial<RankingRow> & Pick<RankingRow, 'organisationId' | 'organisationName'>): RankingRow {
  return {
    groupIds: [1],
    value: null,
    rankedValue: overrides.value === undefined || overrides.value === null ? null : Number(overrides.value).toFixed(1).replace(/\.0$/, ''),
    ytdValue: null,
    amountTarget: null,
    growthTarget: null,
    completion: null,
    timeProgress: '75',
    rank: null,
    previousRank: null,
    rankChange: null,
    amountRank: null,
    amountRankChange: null,
    growthRank: null,
    growthRankChange: null,
    aboveAverage: null,
    betterThanAverage: null,
    card: null,
    amountComparator: null,
    amountMet: null,
    growthComparator: null,
    growth: null,
    growthGap: null,
    growthMet: null,
    monthValue: null,
    source: 'synthetic',
    sourceRef: null,
    sourceQuote: null,
    ...overrides,
  };
}

export const ranking: Ranking = {
  periodKey: '2022-09',
  indicatorCode: 'gdp',
  indicator: { code: 'gdp', name: '地区生产总值', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion' },
  measure: 'completion',
  timeProgress: '75',
  includesUnapproved: false,
  previousPeriodKey: '2022-08',
  rankPlaces: 1,
  average: '61.15296',
  averageBasis: 'ratio_of_sums',
  rows: [
    rankingRow({ organisationId: 14, organisationName: '蔡甸区', value: '87.617978', completion: '87.617978', ytdValue: '389.9', amountTarget: '445', rank: 1, aboveAverage: 'above', betterThanAverage: true }),
    rankingRow({
      organisationId: 7, organisationName: '武昌区', value: '63.564252', completion: '63.564252', ytdValue: '1202', amountTarget: '1891', rank: 2,
      aboveAverage: 'above', betterThanAverage: true, source: 'document', sourceRef: '004_4d2d563e07c3115e.txt', sourceQuote: 'GDP完成1202亿元、增速4.5%',
    }),
    rankingRow({ organisationId: 99, organisationName: '<script>alert(1)</script>区', value: '40', completion: '40', ytdValue: '400', amountTarget: '1000', rank: 3, card: 'red', aboveAverage: 'below', betterThanAverage: false }),
    rankingRow({ organisationId: 98, organisationName: '空白区', rank: null }),
  ],
};

export const rankingTexts: RankingChartTexts = {
  timeProgress: '时序进度',
  average: '平均',
  annualTarget: '全年目标',
  targetToDate: '时序目标',
  value: '完成率',
  ytd: '累计值',
  target: '全年目标',
  completion: '完成率',
  rank: (n) => `第${n}名`,
  noRank: '未排名',
  cards: { red: '红牌', yellow: '黄牌', watch: '列入观察' },
};

export const trendTexts: TrendChartTexts = {
  source: '数据来源',
  sources: { document: '文件摘录', synthetic: '模拟数据', entered: '区级填报', imported: 'Excel 导入' },
  ytd: '累计完成',
  targetTrajectory: '目标进度',
  growth: '同比增速',
  completion: '完成率',
  timeProgress: '时序进度',
  progressGap: '与时序进度差距',
  monthValue: '当月（计算）',
  target: '目标',
  growthGap: '较增长目标',
  met: (met) => (met ? '达标' : '未达标'),
  month: (m) => `${m}月`,
};

type Month = DistrictDashboard['indicators'][number]['months'][number];

function month(m: number, ytd: string | null, trajectory: string | null, completion: string | null, yoy: string | null): Month {
  const tp = ((m / 12) * 100).toFixed(6);
  return {
    month: m, ytdValue: ytd, reportedYoy: yoy, yoy, targetTrajectory: trajectory, completion, timeProgress: tp,
    progressGap: completion === null ? null : (Number(completion) - Number(tp)).toFixed(6),
    amountMet: null, growth: yoy, growthGap: yoy === null ? null : (Number(yoy) - 7).toFixed(6), growthMet: yoy === null ? null : Number(yoy) >= 7,
    monthValue: null,
    source: ytd === null ? null : 'synthetic', sourceRef: null, sourceQuote: null,
  };
}

export const districtIndicator: DistrictDashboard['indicators'][number] = {
  indicatorCode: 'gdp',
  indicator: { code: 'gdp', name: '地区<b>生产</b>总值', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion' },
  amountTarget: '1509',
  amountComparator: 'ge',
  growthTarget: '7',
  growthComparator: 'ge',
  months: [
    month(1, '121.19', '125.75', '8.031146', '7.7'),
    month(2, '225.03', '251.5', '14.912525', '8'),
    month(3, '363.14', '377.25', '24.064944', '8.5'),
    ...Array.from({ length: 9 }, (_, i) => month(i + 4, null, (1509 * (i + 4) / 12).toFixed(2), null, null)),
  ],
  responsibility: { leader: '常务副区长', department: '区统计局', taskForce: '统计局工作专班', measures: '周调度、月通报' },
};
