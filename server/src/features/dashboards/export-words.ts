// The words of the overview and ranking exports (dashboards.export.ts) in the three languages.
import type { Locale, RankChange, Ranking } from '@hongtu/contracts';

export type ExportWords = {
  district: string; rank: string; ytd: string; growth: string; target: string; completion: string; gap: string; growthTarget: string;
  growthGap: string; card: string; vsAverage: string; rankChange: string; amountRank: string; amountRankChange: string; growthRank: string;
  growthRankChange: string; amountGroup: string; growthGroup: string; targetGroup: string;
  overviewSheet: string; rankingSheet: string; cityOwn: string; citySum: string; groupSum: string; average: string;
  /** The total / mean line of one group of districts, by its name when known ("中心城区合计"). */
  groupSumOf: (group: string | null) => string; groupAverage: (group: string | null) => string;
  measures: Record<Ranking['measure'], string>; above: Record<'above' | 'equal' | 'below', string>;
  movement: (change: RankChange) => string;
  rankBy: (measure: string) => string;
  overviewTitle: (period: string) => string;
  rankingTitle: (period: string, indicator: string, measure: string) => string;
  period: (text: string) => string; unit: (text: string) => string; timeProgress: (value: string) => string;
  unapproved: string; approvedOnly: string; separator: string; overviewNote: string; rankingNote: string;
};

export const EXPORT_WORDS: Record<Locale, ExportWords> = {
  'zh-CN': {
    district: '区（功能区）', rank: '排名', ytd: '本年累计', growth: '增长（%）', target: '年度目标', completion: '完成年度目标（%）',
    gap: '较时序进度（个百分点）', growthTarget: '增速目标（%）', growthGap: '较增速目标（个百分点）', card: '预警', vsAverage: '与全市比较',
    rankChange: '名次变化', amountRank: '总量排名', amountRankChange: '总量名次变化', growthRank: '增速排名', growthRankChange: '增速名次变化',
    amountGroup: '总量', growthGroup: '增速', targetGroup: '目标完成',
    overviewSheet: '全市总览', rankingSheet: '指标排名', cityOwn: '全市', citySum: '各区合计', groupSum: '本组合计', average: '各区平均',
    groupSumOf: (g) => (g ? `${g}合计` : '本组合计'), groupAverage: (g) => (g ? `${g}平均` : '本组平均'),
    measures: { completion: '完成率', yoy: '增速', progressGap: '较时序进度', ytdValue: '总量' },
    above: { above: '高于全市', equal: '持平', below: '低于全市' },
    movement: (c) => (c.movement === 'up' ? `进位${c.places}` : c.movement === 'down' ? `退位${c.places}` : c.movement === 'same' ? '持平' : '新进'),
    rankBy: (m) => `排名（按${m}）`,
    overviewTitle: (p) => `${p}主要经济指标完成情况`,
    rankingTitle: (p, i, m) => `${p}${i}${m}排名情况`,
    period: (t) => `统计时段：${t}`, unit: (t) => `单位：${t}、%`, timeProgress: (v) => `时序进度：${v}%`,
    unapproved: '含未审核数据', approvedOnly: '数据均已审核', separator: '　　',
    overviewNote: '注：“全市”为市统计部门报送的全市数；“各区合计”按各区数据汇总计算（重叠区域只计一次），增速、完成率均为合计数之比。',
    rankingNote: '注：排名按公布的修约值（增速、完成率保留一位小数）排定，数值相同者名次并列；名次变化与上期比较。',
  },
  'zh-TW': {
    district: '區（功能區）', rank: '排名', ytd: '本年累計', growth: '增長（%）', target: '年度目標', completion: '完成年度目標（%）',
    gap: '較時序進度（個百分點）', growthTarget: '增速目標（%）', growthGap: '較增速目標（個百分點）', card: '預警', vsAverage: '與全市比較',
    rankChange: '名次變化', amountRank: '總量排名', amountRankChange: '總量名次變化', growthRank: '增速排名', growthRankChange: '增速名次變化',
    amountGroup: '總量', growthGroup: '增速', targetGroup: '目標完成',
    overviewSheet: '全市總覽', rankingSheet: '指標排名', cityOwn: '全市', citySum: '各區合計', groupSum: '本組合計', average: '各區平均',
    groupSumOf: (g) => (g ? `${g}合計` : '本組合計'), groupAverage: (g) => (g ? `${g}平均` : '本組平均'),
    measures: { completion: '完成率', yoy: '增速', progressGap: '較時序進度', ytdValue: '總量' },
    above: { above: '高於全市', equal: '持平', below: '低於全市' },
    movement: (c) => (c.movement === 'up' ? `進位${c.places}` : c.movement === 'down' ? `退位${c.places}` : c.movement === 'same' ? '持平' : '新進'),
    rankBy: (m) => `排名（按${m}）`,
    overviewTitle: (p) => `${p}主要經濟指標完成情況`,
    rankingTitle: (p, i, m) => `${p}${i}${m}排名情況`,
    period: (t) => `統計時段：${t}`, unit: (t) => `單位：${t}、%`, timeProgress: (v) => `時序進度：${v}%`,
    unapproved: '含未審核資料', approvedOnly: '資料均已審核', separator: '　　',
    overviewNote: '註：「全市」為市統計部門報送的全市數；「各區合計」按各區資料匯總計算（重疊區域只計一次），增速、完成率均為合計數之比。',
    rankingNote: '註：排名按公布的修約值（增速、完成率保留一位小數）排定，數值相同者名次並列；名次變化與上期比較。',
  },
  en: {
    district: 'District', rank: 'Rank', ytd: 'Year to date', growth: 'Growth %', target: 'Annual target', completion: 'Completion %',
    gap: 'Gap to time progress (pp)', growthTarget: 'Growth target %', growthGap: 'Gap to growth target (pp)', card: 'Card', vsAverage: 'Against the city',
    rankChange: 'Change', amountRank: 'Rank by amount', amountRankChange: 'Change (amount)', growthRank: 'Rank by growth', growthRankChange: 'Change (growth)',
    amountGroup: 'Amount', growthGroup: 'Growth', targetGroup: 'Target',
    overviewSheet: 'City overview', rankingSheet: 'Ranking', cityOwn: 'City (reported)', citySum: 'Districts combined', groupSum: 'Group combined', average: 'Mean of districts',
    groupSumOf: (g) => (g ? `${g} combined` : 'Group combined'), groupAverage: (g) => (g ? `${g}, mean` : 'Mean of the group'),
    measures: { completion: 'completion', yoy: 'growth', progressGap: 'gap to time progress', ytdValue: 'amount' },
    above: { above: 'above the city', equal: 'level', below: 'below the city' },
    movement: (c) => (c.movement === 'up' ? `up ${c.places}` : c.movement === 'down' ? `down ${c.places}` : c.movement === 'same' ? 'same' : 'new'),
    rankBy: (m) => `Rank (by ${m})`,
    overviewTitle: (p) => `Key economic indicators, ${p}`,
    rankingTitle: (p, i, m) => `${i}: ranking by ${m}, ${p}`,
    period: (t) => `Period: ${t}`, unit: (t) => `Unit: ${t}, %`, timeProgress: (v) => `Time progress: ${v}%`,
    unapproved: 'includes figures not yet approved', approvedOnly: 'approved figures only', separator: '    ',
    overviewNote: 'Note: "City (reported)" is the city statistics bureau\'s own figure; "Districts combined" sums the districts (overlapping areas once); growth and completion are ratios of the sums.',
    rankingNote: 'Note: ranked on the published rounding (growth and completion at one decimal), equal values share a rank; changes are against the previous period.',
  },
};
