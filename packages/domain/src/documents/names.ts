// The indicator of a figure (DOMAIN.md "Figures in documents"): a catalogue or known name in the
// figure's own clause; else the noun the number stands before ("81个重大产业项目"); else the words
// before the number in its clause, without subject, period and cue words ("整理供地2500亩"); else
// the name stated earlier in the sentence or paragraph ("上半年完成525.69亿元" after "全年地区生产总值…").
import { type NameMention, lastBefore, lastIndexBefore } from './lexicon';
import type { Quantity } from './quantities';
import { LEADING, TRAILING, cleanName, clauseStart, maskedText } from './name-words';
import { isBaseOwnAmount } from './completion-share';
import { distributed } from './listed-names';
import { projectsBefore, projectsOfParagraph } from './project-names';

export type IndicatorItem = { code: string | null; name: string };

export interface IndicatorChoice {
  mention: NameMention<IndicatorItem> | null;
  /** The name as written when no listed name applies. */
  name: string;
  /** Not named in the figure's own clause: taken from before it, or none. */
  inherited?: boolean;
  /** A change against another period or place (比上年增加, 拉动全市工业): the figure's before it in the sentence. */
  comparison?: boolean;
  /** One of the names listed before 分别, taken in order. */
  listed?: true;
  /** The plan's own amount inside a completion share: the target of the figure before it. */
  planOwn?: true;
}

const NOUN_HEAD = /(项目|企业|总部|楼宇|主体|公司|机构|户|家庭|家|工程|园区|基地|平台|商户|人才|人员|岗位|券|资金|贷款|补贴|基金)/g;

/** The noun phrase right after a quantity: "81个重大产业项目建设" → 重大产业项目. */
function nounAfter(text: string, q: Quantity): string {
  const m = /^(?:以上|以下|左右|多|余)?(?:的)?([\u3400-\u9fff“”A-Za-z0-9]{2,16})/.exec(text.slice(q.end, q.end + 20));
  if (!m) return '';
  const phrase = cleanName(m[1]!);
  let cut = -1;
  NOUN_HEAD.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = NOUN_HEAD.exec(phrase)) !== null) cut = h.index + h[0].length;
  return cut > 0 ? phrase.slice(0, cut) : '';
}

/** The words before a quantity in its clause, with subject, period and cue words masked out. */
function nameBefore(text: string, from: number, q: Quantity, masks: ReadonlyArray<{ start: number; end: number }>): string {
  const s = maskedText(text, from, q.start, masks);
  // "内部需求在投资反弹的带动下增加15.7%": what drove the change is not its name
  // "其次為「專業、科學及技術服務業」(占比14.41%)": a name in corner quotes is the name
  const quoted = /「([^「」]{2,30})」[^「」|]*$/.exec(s);
  if (quoted) return cleanName(quoted[1]!);
  const parts = s.replace(DRIVEN_BY, '').split('|');
  // "75.2%和", "占比63.3%的电力供应业": a rate written before the name is no part of it
  const clean = (part: string) => cleanName(part.replace(/^.*\d%(?![)）])[的和及与、]?/, '').replace(/[-−]$/, '').replace(TRAILING, '').replace(LEADING, '').replace(TRAILING, '')).slice(-24);
  // "…的修訂估計|較去年同月上升": the comparison with the same month a year before names nothing
  let name = clean(parts[parts.length - 1] ?? '').replace(SAME_PERIOD_LAST_YEAR, '').replace(LAST_YEAR_ALONE, '');
  // "區本級產值全區占比63.5%": a share word after the subject is the share of the name before the subject
  if (/^(占比|比重)$/.test(name)) {
    const owner = parts.slice(0, -1).map(clean).filter((p) => p.length >= 2).pop();
    if (owner && !AGAINST.test(owner) && !/^占/.test(owner)) name = `${owner}${name}`;
  }
  // "远高于8月预测的…", "略高于原预测…", "高于威海市2.3个百分点": what a figure is set against names nothing
  if (name.length >= 2) return /(高于|低于|快于|慢于)(原|\d{1,2}月份?)$|^(高于|低于|快于|慢于|领先于?|落后于?)[\u3400-\u9fff]{0,6}[国省市区县州]$/.test(name) ? '' : name;
  // "民间消费预测实质成长2.73%": the name stands before the cue, period or subject that follows it
  for (let i = parts.length - 2; i >= 0; i -= 1) {
    const earlier = clean(parts[i]!);
    // "低于全省0.2个百分点": words that set the figure against a place or period name nothing
    // "占年度计划的76%": the base of a share names nothing either
    if (earlier.length >= 2) return AGAINST.test(earlier) || /^占/.test(earlier) ? '' : earlier;
  }
  return '';
}

/**
 * "金融及保險業的淨產值": an industry's (or a total's) net output, named with its industry; "該行業的淨產值"
 * is the industry's named last before it. Null when the mention is no bare 产值 / 增加值 after …业的净.
 */
function netOutputName(text: string, m: NameMention<IndicatorItem>, mentions: readonly NameMention<IndicatorItem>[], floor: number): string | null {
  if (m.item.code !== null || !/^(产值|增加值)$/.test(m.name) || !/(业|合计)的净$/.test(text.slice(Math.max(floor, m.start - 4), m.start))) return null;
  const whole = cleanName(text.slice(clauseStart(text, floor, m.start), m.end).replace(LEADING, ''));
  if (/^(该|此|其)/.test(whole)) {
    const named = mentions.filter((x) => x.end <= m.start - 4 && x.name === m.name).map((x) => netOutputName(text, x, mentions, 0)).filter((n) => n !== null && !/^(该|此|其)/.test(n));
    return named.pop() ?? null;
  }
  return whole.length > m.name.length + 2 ? whole : null;
}

/** Words before a target's number written with its figure: (任务数, (目标, 目标任务(, 完成全年目标任务 … */
const TARGET_OF_THE_FIGURE = /(?:[(（](?:任务数|目标数|计划数|任务|目标)(?:占比)?|(?:目标|任务)[(（])$/;

/** The same period a year before, as a growth's base: 较去年同月, 比上年同期. */
const SAME_PERIOD_LAST_YEAR = /^(较|比)(去年|上年)(同月|同期)$/;
/** "产量3.78万吨,与去年增长10.9%": a comparison with last year alone, no name. */
const LAST_YEAR_ALONE = /^(与|较|比)?(去年|上年)$/;

const AGAINST = /(高于|低于|快于|慢于|好于|领先|落后于?|下拉|拉低|拉动|带动|超过|较|比|相比|相较|同比|与)(原|\d{1,2}月份?)?$/;
const DRIVEN_BY = /在[^，,；;。|]{1,30}?的?(带动|推动|拉动|影响|支撑)下/g;

/** Whether a count or amount is followed by the noun it counts rather than preceded by its name. */
function countsTheNounAfter(text: string, q: Quantity): boolean {
  return /^(?:以上|以下|多|余)?(?:的)?[\u3400-\u9fff“]/.test(text.slice(q.end, q.end + 3));
}

/** Whether a bracket opened before `text` closes in it: the mention before it is inside a note. */
function closesBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') {
      if (depth === 0) return true;
      depth -= 1;
    }
  }
  return false;
}

/**
 * The last name of the figure's own clause, not one inside a bracketed note before the number:
 * "进出口差额（出口减进口）25592.9亿元" is no figure of 进口, "国内生产毛额（GDP）为" none of GDP.
 */
function ownMention(text: string, mentions: readonly NameMention<IndicatorItem>[], from: number, pos: number): NameMention<IndicatorItem> | null {
  for (let i = lastIndexBefore(mentions, pos); i >= 0 && mentions[i]!.start >= from; i -= 1) {
    if (!closesBracket(text.slice(mentions[i]!.end, pos))) return mentions[i]!;
  }
  return null;
}

/** "人均GDP", "平均每人GDP": a name per head is not the indicator it names. */
const PER_HEAD = /(人均|平均每人|每人平均)[\u3400-\u9fff]{0,6}$/;
/** "民间固定资产投资", "外商投资企业…": a part of the whole a catalogue name names is not the whole. */
/** Part of the funds in place (工业到位资金, 州外到位资金): named as written, not the catalogue's whole. */
const FUNDS = /^(上报)?到位资金$/;
// (房地产开发企业到位资金: a developer's funds, not investment attracted)
const FUNDS_PART = /(工业|产业|省外|州外|市外|县外|境外|外资|内资|企业)$/;
// (民营企业进出口, 外商投资企业进出口, 对东盟进出口, 对“一带一路”沿线国家进出口, 一般贸易进出口: a kind of trader, partner or trade;
// 5千万以下固定资产投资: the part of a size; 工业招商项目实际形成固定资产投资额, 招商引资到位固定资产投资: the projects')
const SUBSET = /(限额以上|限上|民间|民营|国有控股|国有|外商及港澳台商|外商|外资|港澳台|私营|集体|城镇以上|城镇|农村|第[一二三]产业|技改|(?:民营|国有|外商投资|外资|私营|集体)企业|(?:^|[省市区县])对[^，,；;。\d对]{1,14}|一般贸易|加工贸易|[市区县]本级|[\d千万亿元](?:以上|以下)|项目(?:实际)?形成|招商引资(?:实际)?到位)$/;

/** A part named in brackets after a count of a whole: (建设项目)27项((省级)… or …、(市级) before the part's own number. */
const PART_IN_BRACKETS = /([\u3400-\u9fff]{2,12})\d+[项个家户][(（](?:[^()（）]*、)?([\u3400-\u9fff]{1,6})$/;

/** Catalogue names that say only that money was invested ("完成投资"): of a project, they are the project's. */
const INVESTED = /^(完成投资|投资完成)$/;

const SECTORS = ['第一产业比重', '第二产业比重', '第三产业比重'];

/**
 * "产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%": three shares listed after
 * the structure of the economy are the primary, secondary and tertiary sectors' shares, in that order.
 */
function sectorShareOf(text: string, sentenceStart: number, q: Quantity, quantities: readonly Quantity[]): string | null {
  // (not "三次产业对经济增长贡献率分别为…": contributions, not shares)
  if (q.kind !== 'percent' || !/产业结构/.test(text.slice(sentenceStart, q.start)) || /贡献/.test(text.slice(sentenceStart, q.start))) return null;
  const i = quantities.indexOf(q);
  const joined = (a: Quantity, b: Quantity) => a.kind === 'percent' && b.kind === 'percent' && /^[、和]$/.test(text.slice(a.end, b.start));
  let first = i;
  while (first > 0 && joined(quantities[first - 1]!, quantities[first]!)) first -= 1;
  let last = i;
  while (last + 1 < quantities.length && joined(quantities[last]!, quantities[last + 1]!)) last += 1;
  return last - first === 2 ? SECTORS[i - first]! : null;
}

/**
 * A clause that opens with what the figure is set against is about the figure before it: a change
 * against last year ("比上年增加3135.7亿元", "比上年末增加49万人"), a pull on a whole ("拉动全市工业增长
 * 6.1个百分点", "下拉全省0.5个百分点") or a level against a base ("相当于2019年同期的83.5%").
 */
const CHANGE_ON = /^(相当于|相等于|(拉动|下拉|拉低|带动|上拉)(全市|全省|全国|全区|全县|经济|同期|本月|当月)|(比|较)(上年末|上年同期|去年同期|上年|去年|上月末|上月|同期))/;

/** The text from `from` to `to` without the names masked in it (places, subjects). */
function unmasked(text: string, from: number, to: number, masks: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  for (let i = from; i < to; i += 1) if (!masks.some((m) => m.start <= i && i < m.end)) out += text.charAt(i);
  return out;
}

export function chooseIndicator(
  text: string,
  sentence: { start: number; paragraphStart: number },
  q: Quantity,
  role: 'value' | 'growth' | 'points',
  quantities: readonly Quantity[],
  mentions: readonly NameMention<IndicatorItem>[],
  masks: ReadonlyArray<{ start: number; end: number }>,
): IndicatorChoice {
  // "上报到位资金36亿元(任务数34亿元)", "完成全年目标任务8亿元的124%": the target of the figure before it
  // ("完成全年目标任务8亿元的124%", "为人大预算数37.1亿元的91.16%": the plan's own amount inside a completion share)
  const ahead = text.slice(Math.max(sentence.start, q.start - 12), q.start);
  if (role === 'value' && (TARGET_OF_THE_FIGURE.test(ahead) || (q.kind !== 'percent' && isBaseOwnAmount(ahead)))) return { mention: null, name: '', inherited: true, planOwn: true };
  const shared = distributed(text, sentence.start, q, quantities, mentions, masks);
  if (shared) return shared;
  // "建设项目27项(省级6项、市级5项、县级16项)": a count in brackets after a count names a part of what that counts
  const part = role === 'value' && q.kind === 'count' ? PART_IN_BRACKETS.exec(text.slice(Math.max(sentence.start, q.start - 40), q.start)) : null;
  if (part) return { mention: null, name: `${part[2]}${part[1]!.replace(LEADING, '')}` };
  const sector = sectorShareOf(text, sentence.start, q, quantities);
  if (sector) return { mention: null, name: sector };
  const from = clauseStart(text, sentence.start, q.start);
  const own = ownMention(text, mentions, from, q.start);
  // "本地生产总值内含平减物价指数", "新增就业岗位": a catalogue name inside a longer name is not the indicator
  const longer = own ? text.slice(own.end, q.start).replace(/[(（][^()（）]*[)）]/g, '').replace(LEADING, '').replace(TRAILING, '').replace(LEADING, '') : '';
  // ("园区规模工业增加值": the parks' part of the county's industry; a zone's own 园区生产总值 is its GDP)
  const parks = own !== null && /^industrial_/.test(own.item.code ?? '') && /园区$/.test(text.slice(from, own.start));
  const perHead = own !== null && (parks || PER_HEAD.test(text.slice(from, own.start)) || SUBSET.test(text.slice(from, own.start)) || (FUNDS.test(own.name) && FUNDS_PART.test(text.slice(from, own.start))));
  // (投资完成率: a rate of it, named as written)
  if (own && own.item.code !== null && INVESTED.test(own.name) && longer === '') {
    const projects = projectsBefore(text, from, own.start, masks);
    // "项目累计完成投资": the projects' own total, 累计 kept in its name
    const cumulative = text.slice(own.start - 2, own.start) === '累计' && text.slice(own.start - 2 - projects.length, own.start - 2) === projects;
    if (projects.length >= 2) return { mention: null, name: `${projects}${cumulative ? '累计' : ''}${own.name}` };
    // "全省房地产企业开发完成投资", "商品住宅完成投资", "工业完成投资": the investment of what is named before it
    const of = unmasked(text, from, own.start, masks).replace(LEADING, '').replace(/(累计|已经|已)$/, '');
    if (/^[\u3400-\u9fff]{2,10}$/.test(of) && !/年|季|月|项目|工程/.test(of)) return { mention: null, name: /房地产/.test(of) ? '房地产开发投资' : `${of.replace(/(企业)?开发$/, '')}投资` };
    // "列入省重大项目4个,年度计划投资18亿元;1-7月完成投资10.52亿元": the projects the paragraph is about
    const ofParagraph = projectsOfParagraph(text, sentence.paragraphStart, from, masks);
    if (ofParagraph !== '') return { mention: null, name: `${ofParagraph}${own.name}` };
  }
  // "最终消费支出拉动国内生产总值增长4.3个百分点": the whole pulled is not the figure's indicator
  const pulled = own !== null && /(拉动|带动|下拉)[\u3400-\u9fff]{0,3}$/.test(text.slice(from, own.start));
  // "低于全国城镇调查失业率0.6个百分点": what the figure is set against is not its indicator; the figure before it is
  if (own && role !== 'growth' && (q.kind === 'points' || q.kind === 'percent') && /^(高于|低于|快于|慢于|好于)(全国|全省|全市|全区|全县)?$/.test(text.slice(from, own.start).replace(LEADING, ''))) {
    return { mention: null, name: '', inherited: true, comparison: true };
  }
  // "装备制造业产值增长10.5%": a sector written before a bare 产值 is part of the name
  if (own && own.item.code === null && /^(产值|工业产值|总产值)$/.test(own.name) && !perHead && !pulled && longer === '') {
    const sector = nameBefore(text, from, q, masks);
    // (农产品加工业产值: the sector's 工业 is the known name's)
    if (sector.endsWith(own.name) && sector.length - own.name.length >= 2 && (/[业类]$/.test(sector.slice(0, -2)) || /[业类]$/.test(sector.slice(0, sector.length - own.name.length)))) return { mention: null, name: sector };
  }
  // "金融及保險業的淨產值在第三季實質上升3.5%": an industry's (or a total's) net output, named with it
  const ownNetOutput = own && !perHead && !pulled ? netOutputName(text, own, mentions, from) : null;
  if (ownNetOutput) return { mention: null, name: ownNetOutput };
  // "貨物出口下跌12.9%", "商品整體出口貨值", "出口貨物": what is traded is part of a bare 出口 / 进口
  // (not the base of a ratio: "相等於商品進口貨值的4.5%")
  if (own && own.item.code === null && /^(出口|进口)$/.test(own.name) && !perHead && !pulled && !/^(相当于|相等于|占)/.test(text.slice(from, own.start).replace(LEADING, ''))) {
    const traded = nameBefore(text, from, { ...q, start: own.start }, masks);
    const what = /^[\u3400-\u9fff]{2,10}$/.test(traded) && !AGAINST.test(traded) ? traded : '';
    const tail = /^(货物|货值|总值|交货值)/.exec(text.slice(own.end))?.[0] ?? '';
    if (what !== '' || tail !== '') return { mention: null, name: `${what}${own.name}${tail}` };
    // "出口农产品1056.6亿元", "出口机电产品增长1%": the goods written after the trade
    const goods = /^[\u3400-\u9fff]{1,8}?(?:产品|商品)(?=[\d增下同]|$)/.exec(text.slice(own.end, q.start))?.[0];
    if (goods) return { mention: null, name: `${goods}${own.name}` };
  }
  // "现代服务业增加值321.96亿元,增长8.5%,占GDP的22.9%": a share of the whole named, not the whole's figure
  // ("占同期福建省外贸进出口总值的60.3%": 同期 and the place between 占 and the whole)
  if (own && role === 'value' && q.kind === 'percent' && longer === '' && /占(同期)?$/.test(unmasked(text, from, own.start, masks))) return { mention: null, name: `占${text.slice(own.start, own.end)}` };
  // ("在库固定资产投资项目141个": projects or enterprises named by the catalogue's name are counted, not the indicator;
  // "规上工业企业亏损面为18.3%": the share of the enterprises losing money, not their count)
  if (own && !perHead && !pulled && (/^(总量|总额|规模|总计|合计)$/.test(longer) || !/^[\u3400-\u9fff]*(指数|值|额|量|率|数|价格|支出|收入|投资|比重|占比|比例|规模|差额|余额|岗位|项目|企业|工程|面积|(?<![方层全])面)$/.test(longer))) return { mention: own, name: '' };
  if (role === 'value' && q.kind !== 'percent' && q.kind !== 'points' && countsTheNounAfter(text, q)) {
    const after = nounAfter(text, q);
    if (after !== '') return { mention: null, name: after };
  }
  // "占比63.3%的电力供应业同比增长6.5%": a share written before what it is the share of
  const shareOf = q.kind === 'percent' && /占比[为是达]?$/.test(text.slice(from, q.start)) ? /^的([\u3400-\u9fff]{2,12}?)(?=同比|增长|下降|[，,。；;])/.exec(text.slice(q.end, q.end + 16)) : null;
  if (shareOf) return { mention: null, name: shareOf[1]! };
  // "零售业总销货价值较去年同月上升11.7%": a growth on the same period a year before is the name's own
  const before = nameBefore(text, from, q, masks).replace(/(?<=[\u3400-\u9fff]{2})(较|比)(去年|上年)(同月|同期)$/, '');
  // "较一季度降幅收窄", "增速相较上半年提升": a change against another period belongs to the name before
  // "快于全市平均水平5.1个百分点", "高于规模以上工业平均水平1.7个百分点": set against an average
  // "增速高于规模以上工业平均增速6.3个百分点": set against an average growth
  // ("高于全省平均增速(16.8%)0.73个百分点": the average's own figure in brackets)
  const lead = text.slice(from, q.start).replace(LEADING, '');
  // "同比增加10万人": a clause of a change alone; "低于全国城镇调查失业率0.6个百分点": a gap set against another figure
  const comparison = CHANGE_ON.test(lead) || /^(增加|减少|增收|减收)了?$/.test(lead) || (q.kind === 'points' && /^(高于|低于|快于|慢于|好于)/.test(lead)) || /平均水[平准]$/.test(before) || /(高于|低于|快于|慢于)[^，,；;。]{0,12}平均(增速|增幅|水平|水準)(?:[(（][^()（）]*[)）])?$/.test(text.slice(from, q.start)) || /(高于|低于|快于|慢于)(整体|总体)$/.test(before) || /相较|相比|^较|^比|^(高于|低于|快于|慢于|好于|领先|落后于?|下拉|拉动|超过)(全市|全省|全国|全区|全县|上年|去年|上月|同期)|(较|比)(上半年|前三季度|第?[一二三四1-4]季度|上季度|上期|上年|去年|上月|同期|全市|全省|全国|(?:19|20)\d{2}年|\d{1,2}\s*[-—–~至到]\s*\d{1,2}月|\d{1,2}月)/.test(before);
  if (/^(增加值|产值|总额|总量)$/.test(before)) {
    const whole = lastBefore(mentions, from, sentence.start);
    // not the base of a share written before it (占规模以上工业增加值的比重)
    if (whole?.item.code && whole.name.endsWith(before) && !/占$/.test(text.slice(Math.max(0, whole.start - 1), whole.start))) return { mention: whole, name: '' };
  }
  if (before !== '' && role !== 'points' && !comparison) return { mention: null, name: before };
  // "其中交通运输业恢复强劲，增速达14.8%": a part named by the clause before, which states no number
  if (before === '' && role === 'growth' && !comparison && from > sentence.start) {
    const previousStart = clauseStart(text, sentence.start, from - 1);
    const previousClause = text.slice(previousStart, from - 1);
    if (/^(其中|当中)/.test(previousClause) && !/\d/.test(previousClause)) {
      const named = nameBefore(text, previousStart, { ...q, start: from - 1 }, masks).replace(/(强劲|明显|较快|良好|平稳|向好|势头)+$/, '').replace(TRAILING, '');
      if (named.length >= 2) return { mention: null, name: named };
    }
  }
  const found = lastBefore(mentions, q.start, sentence.start) ?? lastBefore(mentions, q.start, sentence.paragraphStart);
  // ("…失业率为4.1%。…已有71万户实现至少一人就业": a rate named before does not name a count or an amount)
  const earlier = found && (q.kind === 'count' || q.kind === 'amount') && role === 'value' && /(率|比重|占比|指数)$/.test(found.name) ? null : found;
  // "進出口貿易、批發及零售業的淨產值,…在第三季下跌10.1%": the net output named in an earlier clause, with its industry
  const earlierNetOutput = earlier ? netOutputName(text, earlier, mentions, sentence.paragraphStart) : null;
  if (earlierNetOutput) return { mention: null, name: earlierNetOutput, inherited: true, comparison };
  if (earlier) return { mention: earlier, name: '', inherited: true, comparison };
  // "降幅比上月扩大0.3个百分点": the change is the figure's before it (the caller's), not a name
  if (comparison) return { mention: null, name: '', inherited: true, comparison };
  // "工业用电量同比下降，降幅为2.1%": the name stands in the clause before
  if (before === '' && role !== 'value' && from > sentence.start) {
    const previous = nameBefore(text, clauseStart(text, sentence.start, from - 1), { ...q, start: from - 1 }, masks);
    if (previous !== '') return { mention: null, name: previous, inherited: true };
  }
  return { mention: null, name: before || nounAfter(text, q), inherited: true };
}
