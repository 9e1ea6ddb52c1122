// What a quantity is in its sentence (DOMAIN.md "Figures in documents"): a value, a growth rate, a gap
// to time progress, or nothing (figures of public works, social services and administration are not read).
import { growthSign, timeProgressSign } from './cues';
import { completionShareBase } from './completion-share';
import { clauseStart } from './name-words';
import { PLACE_END } from './place-names';
import type { Quantity } from './quantities';
import type { Segment } from './text-structure';

export interface Item {
  q: Quantity;
  role: 'value' | 'growth' | 'points';
  sign: 1 | -1;
  /** "高于预期的2.9%": a market's expectation, a record of its own. */
  expectation?: true;
  /** "占年计划的41.8%", "完成全年预算的60.7%": a completion share, named by the plan it is a share of. */
  completionOf?: string;
  /** "新注册企业57.63万家,占全国新注册企业的22%,同比增长18.59%": a share of a whole, the growth after which is the amount's before it. */
  shareOfWhole?: true;
  /** "比上年全年增长5.2%回落了0.2个百分点": the growth of the base compared with, last year's or the same time last year's. */
  base?: 'last-year' | 'same-time-last-year';
}

// Figures outside economic work: public works, social services, administration, environment.
const NON_ECONOMIC = /民生实事|优良率|合格率|成功率|网上办|水质|空气|道路|灌溉|绿地|绿道|林荫路|车行道|人行道|公厕|停车|泊位|充电|床位|医院|方舱|案件|纠纷|议提案|建议|提案|会议|场活动|排查|问题|隐患|垃圾|招聘会/;
const PHYSICAL_OUTPUT = /(?:施工|竣工|开工|销售|待售)面积|产量|产品|产值|制品|销售|销量|供地|出让|用地|产能|发电|用电|吞吐|货运|客运|存栏|出栏|出笼|进口|出口/;

/** "比上年减少162万吨": an amount of change written with a falling word is negative. */
const sign = (before: string): 1 | -1 => (/(减少|下降|回落|降低|减收)了?$/.test(before) ? -1 : 1);

/** What a quantity is in its sentence: a value, a growth rate, a gap to time progress, or nothing. */
export function classify(t: string, s: Segment, q: Quantity, previous: Item | undefined): Item | null {
  const clause = t.slice(clauseStart(t, s.start, q.start), Math.min(s.end, q.end + 8));
  // (a definition's thresholds: 限额以上单位是指年主营业务收入2000万元及以上的批发业单位、500万元及以上的…)
  if (NON_ECONOMIC.test(clause) || /是指/.test(t.slice(s.start, q.start))) return null;
  const before = t.slice(Math.max(s.start, q.start - 14), q.start);
  if (q.kind === 'percent') {
    // "分别提高5.85%、5.88%": the second rate of a list is a rate like the first
    // "增长2.5%至3.5%": the second end of a range likewise
    // "分别下降10.4%、24.3%和30.0%", "下降2%至3%": the list goes on falling, unless the first rate's minus was its own
    const listed = /^[、和及与至到~～—](-)?$/.exec(t.slice(previous?.q.end ?? 0, q.start));
    if (previous?.role === 'growth' && listed) {
      const ownMinus = /[-−]/.test(t.charAt(previous.q.start - 1));
      return { q, role: 'growth', sign: listed[1] ? -1 : ownMinus ? 1 : previous.sign };
    }
    // "分别增长4倍、18.4%": a rate listed after a growth written in times is a growth too
    const afterTimes = /\d+(?:\.\d+)?倍[、和及与]$/.exec(t.slice(Math.max(s.start, q.start - 12), q.start));
    const timesSign = afterTimes ? growthSign(t.slice(Math.max(s.start, q.start - afterTimes[0].length - 14), q.start - afterTimes[0].length)) : null;
    if (timesSign !== null) return { q, role: 'growth', sign: timesSign };
    // "按年升3%，高于预期的2.9%": the expectation set against a growth rate is a growth rate too
    if ((previous?.role === 'growth' || previous?.q.kind === 'points') && /预(期|测|估)的$/.test(before)) return { q, role: 'growth', sign: 1, expectation: true };
    // "总产值139.0亿元,42.3%,": a rate alone in its clause right after an amount is the amount's growth
    if (previous?.role === 'value' && previous.q.kind === 'amount' && /^[,，]$/.test(t.slice(previous.q.end, q.start)) && /^[,，]/.test(t.slice(q.end, q.end + 1))) return { q, role: 'growth', sign: 1 };
    // "增速持续回落。6月份的增速还保持在16.0%，7月份回落至14.7%": the levels of a growth rate the sentence speaks of
    // (not past a semicolon: "总产值增速达5.6%;主要农作物综合机械化水平达74.5%" is a level of its own)
    const part = Math.max(s.start, t.lastIndexOf('；', q.start) + 1, t.lastIndexOf(';', q.start) + 1);
    if (/增速/.test(t.slice(part, q.start)) && /(保持在|回落至|回升至|提高至|加快至|放缓至|升至|降至|为|达)$/.test(before) && !/占|比重|贡献/.test(clause)) return { q, role: 'growth', sign: /[-−]$/.test(before) ? -1 : 1 };
    const sign = growthSign(before, t.slice(q.end, q.end + 6));
    const base = sign !== null && /^(回落|提高|加快|放缓|缩小|扩大|收窄|回升)了?\d/.test(t.slice(q.end, q.end + 6)) ? /(?:较|比)(上年同期|去年同期|上年全年|去年全年|上年|去年)[\u3400-\u9fff]{1,3}$/.exec(before) : null;
    if (base && sign !== null) return { q, role: 'growth', sign, base: /同期/.test(base[1]!) ? 'same-time-last-year' : 'last-year' };
    // (占年度计划23%, 完成年度计划22.8%, 完成预算数107.06%: 的 left out; 完成年初预算的27.39%; 完成全年目标任务8亿元的124%)
    const completionOf = sign === null ? completionShareBase(t.slice(Math.max(s.start, q.start - 44), q.start)) : null;
    if (completionOf) return { q, role: 'value', sign: 1, completionOf };
    // (占全市规上工业总产值的比重为69.3%: a share of a whole named by its 比重 too)
    if (sign === null && /占[^，,；;。\d]{1,14}的(?:比重|份额)?[为是达]?$/.test(before)) return { q, role: 'value', sign: 1, shareOfWhole: true };
    // "居民消费价格指数为-0.3%": a minus written before a rate that is not a growth is the value's
    return sign === null ? { q, role: 'value', sign: /[-−]$/.test(before) ? -1 : 1 } : { q, role: 'growth', sign };
  }
  if (q.kind === 'points') {
    // "欠区级奋斗目标任务(24.93亿元)11.2个百分点": short of the target's progress, a gap to time progress
    const shortOfTarget = /欠[^，,；;。]{0,24}(?:目标任务|目标|任务|进度)(?:[(（][^)）]*[)）])?$/.test(t.slice(Math.max(s.start, q.start - 40), q.start));
    const sign = shortOfTarget ? -1 : timeProgressSign(before);
    // "增速比上半年回落2.0个百分点": a fall in points is negative
    // "下拉规上工业产值增速1.1个百分点" (a drag on a named growth); "降幅比1-9月扩大0.8个百分点" (a fall deepening)
    const falls = /(回落|下降|降低|放缓|减少|下修|减)了?$/.test(before) || /(低于|下拉|拉低|向下拉动|慢于|落后于?)[\u3400-\u9fff]{0,12}$/.test(before)
      || /(下拉|拉低|向下拉动)[\u3400-\u9fff]{0,10}$/.test(before) || /降幅[^，,。；;]{0,10}扩大了?$/.test(before);
    // "降幅比1-9月减少了1.20个百分点": a fall that narrows is a rise in points
    const narrows = /降幅[^，,。；;]{0,12}(减少|缩小|收窄|收缩)了?$/.test(before);
    return sign === null ? { q, role: 'value', sign: falls && !narrows ? -1 : 1 } : { q, role: 'points', sign };
  }
  if (q.kind === 'amount') return { q, role: 'value', sign: sign(before) };
  if (q.kind === 'count') {
    // "分别为:舒城县35次、金安区33次": times are counted only as a place's part of a total listed by place
    if (q.unit === '次' && !(/分别(?:为|是)?[：:]/.test(t.slice(s.start, q.start)) && PLACE_BEFORE.test(t.slice(Math.max(s.start, q.start - 4), q.start)))) return null;
    // "收集企业发展问题18个，已解决10个": a count without its noun counts what the sentence counted before
    const elided = !ECONOMIC_NOUN.test(clause) && NON_ECONOMIC.test(t.slice(s.start, clauseStart(t, s.start, q.start)));
    // "较去年同期增加3,320家", "累计分别达到956家和561家": a count that goes on counting what the sentence counted
    // "四上单位入库147家。其中工业4家、建筑业56家": a breakdown (其中, a 、 list) goes on counting it too
    const listed = t.charAt(clauseStart(t, s.start, q.start) - 1) === '、';
    const goesOn = previous?.role === 'value' && previous.q.kind === 'count' && previous.q.unit === q.unit && (/分别|^(比|较)|^其中/.test(clause) || listed);
    return goesOn || (!elided && isEconomicCount(t, s, q)) ? { q, role: 'value', sign: sign(before) } : null;
  }
  const sentence = t.slice(s.start, s.end);
  if (q.unit === '日' || q.unit === '天') return STAY_OR_TURNAROUND.test(sentence) ? { q, role: 'value', sign: sign(before) } : null;
  // ("增长8.2倍": a multiple of growth is no quantity produced or traded)
  // (an area sown or harvested in 公顷 as in 亩; a rate per mille, 人口自然增长率3‰)
  const sown = q.unit.endsWith('公顷') && /种植|播种|收获|耕地/.test(sentence);
  return q.unit.endsWith('亩') || sown || q.unit === '‰' || (PHYSICAL_OUTPUT.test(sentence) && q.unit !== '倍') ? { q, role: 'value', sign: sign(before) } : null;
}

/** Days are a figure of visitors' stays (平均逗留1.2日) and of the time a service takes (审批时限压缩至3.5天). */
const STAY_OR_TURNAROUND = /逗留|停留|过夜|旅客|游客|审批|办结|办理|开办|时限|周转/;

const PLACE_BEFORE = new RegExp(`${PLACE_END}$`);

const ECONOMIC_NOUN = /煤矿|劳动力|务工|(?<!贫困)人口|旅客|游客|家数|户数|新设|注销|歇业|工商|项目|企业|公司|楼宇|主体|工程|商户|专利|进规|入库|签约|开工|落户|引进|招商|就业|岗位|户|宗|总部|园区|厂房|上市|纳统|税/;

/** (外出招商195批次: visits to attract investment are counted; other batches are not) */
function isEconomicCount(t: string, s: Segment, q: Quantity): boolean {
  const window = t.slice(Math.max(s.start, q.start - 16), Math.min(s.end, q.end + 12));
  return ECONOMIC_NOUN.test(window) && !/城区|项指标|(?<!四上”?|规上|法人)单位(?!入库)|方向|行动|方面|举措|措施|班子|领导|干部|人参加|记者|次会议|(?<!招商\d+)批次/.test(window);
}
