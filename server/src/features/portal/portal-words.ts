import type { Locale, LocalizedText } from '@hongtu/domain';

/** The portal pages' words, in the three languages. */
export const W = {
  homeDescription: {
    'zh-CN': '市投资促进门户：招商动态、政策、投资机会与数据发布。',
    'zh-TW': '市投資促進門戶：招商動態、政策、投資機會與數據發佈。',
    en: "The city's investment portal: news, policies, opportunities and published figures.",
  },
  latest: { 'zh-CN': '最新', 'zh-TW': '最新', en: 'Latest' },
  more: { 'zh-CN': '更多', 'zh-TW': '更多', en: 'More' },
  none: { 'zh-CN': '暂无内容', 'zh-TW': '暫無內容', en: 'Nothing yet' },
  articles: { 'zh-CN': '招商动态', 'zh-TW': '招商動態', en: 'News' },
  articlesDescription: {
    'zh-CN': '全市及各区招商动态、政策解读、项目与数据发布。',
    'zh-TW': '全市及各區招商動態、政策解讀、項目與數據發佈。',
    en: 'Investment news, policy notes, projects and data releases of the city and its districts.',
  },
  topic: { 'zh-CN': '栏目', 'zh-TW': '欄目', en: 'Topic' },
  kind: { 'zh-CN': '类型', 'zh-TW': '類型', en: 'Kind' },
  district: { 'zh-CN': '区域', 'zh-TW': '區域', en: 'District' },
  all: { 'zh-CN': '全部', 'zh-TW': '全部', en: 'All' },
  city: { 'zh-CN': '全市', 'zh-TW': '全市', en: 'City' },
  search: { 'zh-CN': '搜索', 'zh-TW': '搜尋', en: 'Search' },
  keywords: { 'zh-CN': '关键词', 'zh-TW': '關鍵詞', en: 'Keywords' },
  filter: { 'zh-CN': '筛选', 'zh-TW': '篩選', en: 'Filter' },
  previous: { 'zh-CN': '上一页', 'zh-TW': '上一頁', en: 'Previous page' },
  next: { 'zh-CN': '下一页', 'zh-TW': '下一頁', en: 'Next page' },
  pageOf: { 'zh-CN': '第 {page} 页，共 {pages} 页（{total} 条）', 'zh-TW': '第 {page} 頁，共 {pages} 頁（{total} 條）', en: 'Page {page} of {pages} ({total} items)' },
  published: { 'zh-CN': '发布时间', 'zh-TW': '發佈時間', en: 'Published' },
  source: { 'zh-CN': '来源', 'zh-TW': '來源', en: 'Source' },
  policies: { 'zh-CN': '政策', 'zh-TW': '政策', en: 'Policies' },
  policiesDescription: {
    'zh-CN': '现行有效的招商引资与企业服务政策，可按标题、文号和发布机构搜索。',
    'zh-TW': '現行有效的招商引資與企業服務政策，可按標題、文號和發佈機構搜尋。',
    en: 'Policies in force for investors and enterprises, searchable by title, document number and issuer.',
  },
  issuer: { 'zh-CN': '发布机构', 'zh-TW': '發佈機構', en: 'Issuer' },
  documentNumber: { 'zh-CN': '文号', 'zh-TW': '文號', en: 'Document number' },
  issuedOn: { 'zh-CN': '发布日期', 'zh-TW': '發佈日期', en: 'Issued on' },
  validity: { 'zh-CN': '有效期', 'zh-TW': '有效期', en: 'In force' },
  openEnded: { 'zh-CN': '长期有效', 'zh-TW': '長期有效', en: 'open-ended' },
  opportunities: { 'zh-CN': '投资机会', 'zh-TW': '投資機會', en: 'Opportunities' },
  opportunitiesDescription: {
    'zh-CN': '市政府发布的招商项目与待出让地块，欢迎投资者洽谈。',
    'zh-TW': '市政府發佈的招商項目與待出讓地塊，歡迎投資者洽談。',
    en: 'Projects and land parcels the city offers to investors.',
  },
  featured: { 'zh-CN': '推荐投资机会', 'zh-TW': '推薦投資機會', en: 'Featured opportunities' },
  kindProject: { 'zh-CN': '重大项目', 'zh-TW': '重大項目', en: 'Major project' },
  kindLand: { 'zh-CN': '地块', 'zh-TW': '地塊', en: 'Land parcel' },
  projectName: { 'zh-CN': '项目名称', 'zh-TW': '項目名稱', en: 'Project' },
  industry: { 'zh-CN': '行业', 'zh-TW': '行業', en: 'Industry' },
  totalInvestment: { 'zh-CN': '总投资', 'zh-TW': '總投資', en: 'Total investment' },
  tenThousandYuan: { 'zh-CN': '万元', 'zh-TW': '萬元', en: '10k yuan' },
  plannedStart: { 'zh-CN': '计划开工', 'zh-TW': '計劃開工', en: 'Planned start' },
  address: { 'zh-CN': '地址', 'zh-TW': '地址', en: 'Address' },
  area: { 'zh-CN': '面积', 'zh-TW': '面積', en: 'Area' },
  mu: { 'zh-CN': '亩', 'zh-TW': '畝', en: 'mu' },
  plannedUse: { 'zh-CN': '规划用途', 'zh-TW': '規劃用途', en: 'Planned use' },
  location: { 'zh-CN': '位置', 'zh-TW': '位置', en: 'Location' },
  conditions: { 'zh-CN': '出让条件', 'zh-TW': '出讓條件', en: 'Conditions' },
  contactOffice: { 'zh-CN': '联系单位', 'zh-TW': '聯繫單位', en: 'Contact office' },
  phone: { 'zh-CN': '办公电话', 'zh-TW': '辦公電話', en: 'Office phone' },
  illustrative: {
    'zh-CN': '示例数据：此地块为演示而设，并非真实出让信息。',
    'zh-TW': '示例數據：此地塊為演示而設，並非真實出讓資訊。',
    en: 'Illustrative: this parcel was made up for the demonstration and is not on offer.',
  },
  interest: { 'zh-CN': '我有意向，提交投资意向', 'zh-TW': '我有意向，提交投資意向', en: 'Interested? Tell us' },
  bulletins: { 'zh-CN': '数据发布', 'zh-TW': '數據發佈', en: 'Data releases' },
  bulletinsDescription: {
    'zh-CN': '市政府正式发布的各区主要经济指标月度通报与排名。',
    'zh-TW': '市政府正式發佈的各區主要經濟指標月度通報與排名。',
    en: "The monthly bulletins and rankings of the districts' main indicators, as the city published them.",
  },
  latestBulletin: { 'zh-CN': '最新数据发布', 'zh-TW': '最新數據發佈', en: 'Latest data release' },
  bulletinOf: { 'zh-CN': '{period}主要经济指标通报', 'zh-TW': '{period}主要經濟指標通報', en: 'Main indicators, {period}' },
  timeProgress: { 'zh-CN': '时间进度', 'zh-TW': '時間進度', en: 'Time progress' },
  indicator: { 'zh-CN': '指标', 'zh-TW': '指標', en: 'Indicator' },
  rank: { 'zh-CN': '排名', 'zh-TW': '排名', en: 'Rank' },
  ytd: { 'zh-CN': '累计值', 'zh-TW': '累計值', en: 'Year to date' },
  yoy: { 'zh-CN': '同比增长（%）', 'zh-TW': '同比增長（%）', en: 'Growth (%)' },
  completion: { 'zh-CN': '目标完成率（%）', 'zh-TW': '目標完成率（%）', en: 'Of target (%)' },
  computed: { 'zh-CN': '计算', 'zh-TW': '計算', en: 'computed' },
  computedNote: {
    'zh-CN': '标“计算”的数值由系统计算，不是报送数：目标完成率 = 累计值 ÷ 全年目标；未报送增速的区，同比增长按上年同期累计值计算。其余数值为各区报送、经市里审核的数据。',
    'zh-TW': '標「計算」的數值由系統計算，不是報送數：目標完成率 = 累計值 ÷ 全年目標；未報送增速的區，同比增長按上年同期累計值計算。其餘數值為各區報送、經市裡審核的數據。',
    en: 'Figures marked "computed" are calculated by the system, not reported: completion of target = year to date ÷ annual target; where a district reported no growth, growth is computed from last year\'s year-to-date figure. All other figures are as the districts reported them and the city approved them.',
  },
  show: { 'zh-CN': '查看', 'zh-TW': '查看', en: 'Show' },
  contact: { 'zh-CN': '联系我们', 'zh-TW': '聯繫我們', en: 'Contact us' },
  contactDescription: {
    'zh-CN': '市投资促进部门的联系方式与办公地址。',
    'zh-TW': '市投資促進部門的聯繫方式與辦公地址。',
    en: "How to reach the city's investment promotion office.",
  },
  contactBody: {
    'zh-CN': '投资咨询请联系市发展和改革委员会招商服务处，工作日 9:00–17:00。也可以通过本站提交投资意向或投稿，我们会在三个工作日内答复。',
    'zh-TW': '投資諮詢請聯繫市發展和改革委員會招商服務處，工作日 9:00–17:00。也可以透過本站提交投資意向或投稿，我們會在三個工作日內答覆。',
    en: "For investment enquiries, contact the Development and Reform Commission's investment service office, working days 9:00–17:00. You may also send your interest or a contribution through this site; we answer within three working days.",
  },
  office: { 'zh-CN': '市发展和改革委员会招商服务处', 'zh-TW': '市發展和改革委員會招商服務處', en: 'Investment Service Office, Development and Reform Commission' },
  notFound: { 'zh-CN': '页面不存在', 'zh-TW': '頁面不存在', en: 'Page not found' },
  notFoundBody: {
    'zh-CN': '您要找的页面不存在或已撤下。',
    'zh-TW': '您要找的頁面不存在或已撤下。',
    en: 'The page you are looking for does not exist or was withdrawn.',
  },
  backHome: { 'zh-CN': '返回首页', 'zh-TW': '返回首頁', en: 'Back to the home page' },
  rssTitle: { 'zh-CN': '招商动态', 'zh-TW': '招商動態', en: 'Investment news' },
} as const satisfies Record<string, LocalizedText>;

export type WordKey = keyof typeof W;

/** A word in a language, with {name} placeholders filled. */
export function word(locale: Locale, key: WordKey, params: Record<string, string | number> = {}): string {
  return W[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

// One formatter for every date of every page (toLocaleDateString with options builds one per call:
// ~0.13 ms each, 2–3 ms of a 20-article list).
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** A date as the reader writes it: 2026年12月3日 / 2026-12-03 (Shanghai's calendar day). */
export function portalDate(locale: Locale, iso: string): string {
  const date = new Date(iso);
  const day = Number.isNaN(date.getTime()) ? '' : SHANGHAI_DAY.format(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return iso.slice(0, 10);
  if (locale === 'en') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
