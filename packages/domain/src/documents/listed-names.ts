// Names listed before 分别 (DOMAIN.md "Figures in documents"): the n-th number after 分别 takes the
// n-th name of the list, and a 分别 clause listing no names goes on with the figures before it.
import type { NameMention } from './lexicon';
import type { IndicatorChoice, IndicatorItem } from './names';
import { LEADING, TRAILING, cleanName } from './name-words';
import type { Quantity } from './quantities';

const LIST_BREAK = /[，,；;：:。！？\n]/;

/**
 * "A和B分别为3.8%和4.3%", "新签约、新注册、新开工重点项目分别完成…40%、40%、60%": the name of the
 * n-th number after 分别 is the n-th name of the list before it, when the counts agree.
 */
export function distributed(
  text: string,
  sentenceStart: number,
  q: Quantity,
  quantities: readonly Quantity[],
  mentions: readonly NameMention<IndicatorItem>[],
  masks: ReadonlyArray<{ start: number; end: number }>,
): IndicatorChoice | null {
  const at = text.slice(sentenceStart, q.start).lastIndexOf('分别');
  const d = at < 0 ? -1 : sentenceStart + at;
  if (d < 0 || LIST_BREAK.test(text.slice(d, q.start))) return null;
  let listEnd = q.end;
  while (listEnd < text.length && !LIST_BREAK.test(text.charAt(listEnd))) listEnd += 1;
  const listed = quantities.filter((x) => x.start > d && x.end <= listEnd);
  const index = listed.indexOf(q);
  let phraseStart = d;
  while (phraseStart > sentenceStart && !LIST_BREAK.test(text.charAt(phraseStart - 1))) phraseStart -= 1;
  let phraseEnd = d;
  // "电动载人汽车、锂电池、太阳能电池出口继续保持高位增长,分别增长…": 分别 opening its clause lists the clause before,
  // up to what is said of the items
  if (text.slice(phraseStart, d).replace(LEADING, '') === '' && /[，,]/.test(text.charAt(phraseStart - 1)) && phraseStart - 1 > sentenceStart) {
    let previousStart = phraseStart - 1;
    while (previousStart > sentenceStart && !LIST_BREAK.test(text.charAt(previousStart - 1))) previousStart -= 1;
    const lastComma = text.lastIndexOf('、', phraseStart - 1);
    if (lastComma >= previousStart && !/\d/.test(text.slice(previousStart, phraseStart - 1))) {
      const said = /继续|保持|均|都|实现|呈现|呈|表现|增长|下降|同比|较快|快速|大幅/.exec(text.slice(lastComma, phraseStart - 1));
      phraseStart = previousStart;
      phraseEnd = said ? lastComma + said.index : d - 1;
    }
  }
  const split = (separators: RegExp, shortest = 2) => {
    const parts: Array<{ start: number; end: number }> = [];
    let partStart = -1;
    let afterMask = false;
    for (let i = phraseStart; i <= phraseEnd; i += 1) {
      const masked = i === phraseEnd || masks.some((m) => m.start <= i && i < m.end);
      const separator = separators.test(text.charAt(i)) && !mentions.some((m) => m.start < i && i < m.end);
      if (masked || separator) {
        if (partStart >= 0) parts.push({ start: partStart, end: i });
        partStart = -1;
        if (masked) afterMask = true;
      } else if (partStart < 0) {
        // words before a subject or a period ("前三季度，全区…") are not in the list
        const last = parts[parts.length - 1];
        if (afterMask && last && !separators.test(text.charAt(last.end))) parts.length = 0;
        afterMask = false;
        partStart = i;
      }
    }
    // "出口值较大的电工器材、家用电器": words ending in 的 before the first item describe the list
    const first = parts[0];
    // ("限额以上单位粮油食品类、饮料类…": the units' scope likewise)
    const described = first ? /^(?:[\u3400-\u9fff]{2,12}的|“[^”]{1,8}”|限额以上单位|限上单位|规模以上)(?=[\u3400-\u9fff]{2})/.exec(text.slice(first.start, first.end)) : null;
    if (first && described && parts.length >= 2) parts[0] = { start: first.start + described[0].length, end: first.end };
    return sharedHead(parts
      .map((p) => ({ ...p, name: cleanName(text.slice(p.start, p.end).replace(LEADING, '').replace(TRAILING, '')) })))
      .filter((p) => p.name.length >= shortest);
  };
  // "比全市和全国分别高6.4和6.9个百分点": a list of what is compared with is no list of names
  // ("出口值较大的电工器材、家用电器分别增长": 较大的 describes the items)
  // ("第一、二、三产业增加值占GDP的比重较上年分别下降…": 比重 is no comparison, and one base after the list lists nothing)
  const compared = /(?<!同)比(?![重例率])|较(?![大小多少快慢高低好强]的)/.exec(text.slice(phraseStart, phraseEnd));
  if (compared && /[、和及与]/.test(text.slice(phraseStart + compared.index, phraseEnd))) return null;
  let names = split(/[、和及与]/);
  // "建筑及装潢材料、饮料…分别下降…": 及 and 与 inside a name, when the list counts right without them
  if (names.length !== listed.length) {
    const byCommas = split(/[、和]/);
    // "…、医疗保健和个人用品、…价格分别上涨": 和 inside a name too, when only the 、 list counts right
    const byEnumerationCommas = byCommas.length === listed.length ? byCommas : split(/、/);
    if (byEnumerationCommas.length === listed.length) names = byEnumerationCommas;
  }
  // "铁矿砂、煤、原油、铝矿砂分别进口…": a name of one character among longer ones
  if (names.length !== listed.length) {
    const withSingle = split(/、/, 1);
    if (withSingle.length === listed.length) names = withSingle;
  }
  // "城乡居民人均可支配收入分别达到74997元和40311元": 城乡 lists the towns' and the countryside's
  // ("城、乡居民人均可支配收入分别增长8%、9%": 城 and 乡 written apart)
  const townAndCountry = /^城[、和]乡(.{2,})$/.exec(text.slice(phraseStart, d).replace(LEADING, ''));
  if (townAndCountry && listed.length === 2 && index >= 0) return { mention: null, name: index === 0 ? `城镇${cleanName(townAndCountry[1]!)}` : `农村${cleanName(townAndCountry[1]!)}`, listed: true };
  // "限上法人城镇、乡村消费品零售额各为…和…": what stands before 城镇 and after 乡村 is both items'
  const townsAndVillages = /^(.*?)(城镇|城市)[、和](乡村|农村)(.{2,})$/.exec(text.slice(phraseStart, d).replace(LEADING, ''));
  if (townsAndVillages && listed.length === 2 && index >= 0) {
    const [, before, town, village, head] = townsAndVillages;
    return { mention: null, name: cleanName(`${before}${index === 0 ? town : village}${head}`), listed: true };
  }
  if (names.length === 1 && listed.length === 2 && /^城乡./.test(names[0]!.name) && index >= 0) {
    const rest = names[0]!.name.slice(2);
    return { mention: null, name: index === 0 ? `城镇${rest}` : `农村${rest}`, listed: true };
  }
  if (index < 0 || names.length !== listed.length || names.length < 2) return null;
  const part = names[index]!;
  const inside = mentions.filter((m) => m.start >= part.start && m.end <= part.end);
  // "高新技术和数字经济规上工业增加值分别增长": 数字经济规上工业增加值 is not the catalogue's 规上工业增加值
  // ("限额以上单位粮油食品类": a known name opening the item is its qualifier, not its name)
  const modified = inside.length > 0 && (text.slice(part.start, inside[0]!.start).replace(LEADING, '').length >= 2 || part.end - inside[inside.length - 1]!.end >= 2);
  // "铁矿砂、煤…分别进口8363.9万吨": what is traded, named with the trade ("生猪、牛、羊分别出栏…": the livestock with 出栏 / 存栏)
  const traded = /^(出口|进口|出栏|存栏)/.exec(text.slice(d + 2, d + 4))?.[1];
  const name = traded && !part.name.endsWith(traded) ? `${part.name}${traded}` : part.name;
  return inside.length > 0 && !modified ? { mention: inside[inside.length - 1]!, name: '', listed: true } : { mention: null, name, listed: true };
}

/**
 * "A和B分别增长10.6%和9.1%，增速分别比规模以上工业快4.6和3.1个百分点", "新增A 56家、B 25家，累计分别达到
 * 956家和561家": a 分别 clause that lists no names of its own goes on with the figures before it in the
 * sentence. Returns where the clause starts, how many numbers it lists and the place of `q` among them.
 */
export function listGoingOn(
  text: string,
  sentenceStart: number,
  q: Quantity,
  quantities: readonly Quantity[],
  mentions: readonly NameMention<IndicatorItem>[],
): { clauseStart: number; count: number; index: number } | null {
  let from = q.start;
  while (from > sentenceStart && !LIST_BREAK.test(text.charAt(from - 1))) from -= 1;
  const at = text.slice(from, q.start).indexOf('分别');
  // "分别达到18687元、5634元,增长7.8%、9.2%": a list of growths right after a list of values, without 分别
  const growths = at < 0 && /^(同比)?(增长|下降)-?\d/.test(text.slice(from, q.start + 1));
  if (at < 0 && !growths) return null;
  const d = at < 0 ? from : from + at;
  if (/[、和及与]/.test(text.slice(from, d)) || mentions.some((m) => m.start >= from && m.end <= d)) return null;
  let end = q.end;
  while (end < text.length && !LIST_BREAK.test(text.charAt(end))) end += 1;
  const listed = quantities.filter((x) => x.start > d && x.end <= end);
  const index = listed.indexOf(q);
  return index >= 0 && listed.length >= 2 ? { clauseStart: from, count: listed.length, index } : null;
}

/**
 * "第一、二、三产业增加值", "国有、民营、外资企业投资": modifiers listed before the last one share its
 * head — each becomes modifier + head (第一产业增加值, 国有企业投资) when they are of one length.
 */
function sharedHead<P extends { name: string }>(parts: P[]): P[] {
  if (parts.length < 2) return parts;
  const ordinal = (n: string) => /^第?[一二三四五六七八九十]$/.test(n);
  const earlier = parts.slice(0, -1);
  const last = parts[parts.length - 1]!;
  if (earlier.every((p) => ordinal(p.name)) && /^第?[一二三四五六七八九十][\u3400-\u9fff]{2,}/.test(last.name)) {
    const head = last.name.replace(/^第?[一二三四五六七八九十]/, '');
    return [...earlier.map((p) => ({ ...p, name: `第${p.name.replace(/^第/, '')}${head}` })), { ...last, name: `第${last.name.replace(/^第/, '')}` }];
  }
  // "食品、烟酒、…、居住的价格分别上涨": a head written once after 的 is every item's
  const ofHead = /^([\u3400-\u9fff]{2,})的(价格|产量|产值|增加值|投资|销售额|零售额)$/.exec(last.name);
  if (ofHead && earlier.every((p) => !p.name.endsWith(ofHead[2]!))) {
    return [...earlier.map((p) => ({ ...p, name: p.name + ofHead[2]! })), { ...last, name: ofHead[1]! + ofHead[2]! }];
  }
  // "限上批、零、住、餐四行业": the four trades abbreviated
  const trade = (name: string) => TRADES[name.replace(/^(限上|限额以上)/, '')];
  if (earlier.every((p) => trade(p.name)) && /^(批|零|住|餐)[一二三四]?行业$/.test(last.name)) {
    return [...earlier.map((p) => ({ ...p, name: trade(p.name)! })), { ...last, name: TRADES[last.name.charAt(0)]! }];
  }
  // "汽车类、石油及制品类零售额": items ending in one classifier word share what follows it in the last item
  const classifier = /[类业]$/.exec(earlier[0]!.name)?.[0];
  const cut = classifier ? last.name.indexOf(classifier) : -1;
  if (classifier && cut > 0 && earlier.every((p) => p.name.endsWith(classifier)) && /^[\u3400-\u9fff]{2,}$/.test(last.name.slice(cut + 1))) {
    const head = last.name.slice(cut + 1);
    return [...earlier.map((p) => ({ ...p, name: p.name + head })), last];
  }
  const length = earlier[0]!.name.length;
  // "猪、牛、羊、禽出栏量": single characters too, when the last has a head of two or more after its own
  if (length === 1 && earlier.every((p) => p.name.length === 1 && /^[\u3400-\u9fff]$/.test(p.name)) && last.name.length >= 3) {
    const head = last.name.slice(1);
    return [...earlier.map((p) => ({ ...p, name: p.name + head })), last];
  }
  if (length < 2 || length > 3 || !earlier.every((p) => p.name.length === length && /^[\u3400-\u9fff]+$/.test(p.name)) || last.name.length < length + 2) return parts;
  const head = last.name.slice(length);
  return [...earlier.map((p) => ({ ...p, name: p.name + head })), last];
}

/** The trades 批零住餐 abbreviate (限上批、零、住、餐): wholesale, retail, accommodation, catering. */
const TRADES: Readonly<Record<string, string>> = { 批: '批发业', 零: '零售业', 住: '住宿业', 餐: '餐饮业' };

