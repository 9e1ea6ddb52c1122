// The projects a figure of investment belongs to: "项目累计完成投资" in its own clause, or the set of
// projects its paragraph speaks of ("列入省重大项目4个…1-7月完成投资10.52亿元").
import { LEADING, maskedText } from './name-words';

/**
 * "23项市级重大项目1-9月完成投资185.8亿元", "市重大工程计划完成投资": the investment of projects
 * named before it, not the area's fixed-asset investment. Returns the projects' name, or ''.
 */
export function projectsBefore(text: string, from: number, to: number, masks: ReadonlyArray<{ start: number; end: number }>): string {
  const s = maskedText(text, from, to, masks);
  const m = /([\u3400-\u9fff]*(?:项目|工程))\|*$/.exec(s.replace(/\d+(?:\.\d+)?[项个批]/g, '|'));
  return m ? m[1]!.replace(LEADING, '') : '';
}

/**
 * The set of projects a paragraph speaks of before `to` (列入区重点产业项目94个 → 区重点产业项目), when it
 * speaks of no fixed-asset investment after them: a bare 完成投资 after it is theirs.
 */
export function projectsOfParagraph(text: string, from: number, to: number, masks: ReadonlyArray<{ start: number; end: number }>): string {
  const s = maskedText(text, from, to, masks);
  // the projects as the subject of a clause (列入省重大项目4个, 新建项目共185个), not the object of a verb (抓住81个重大产业项目)
  // ("1-9月份,316个州重点建设项目累计开复工291个": a count opening its clause before the projects names them too,
  // after their level too: 州级301项重点建设项目共开复工250项)
  // ("全县重点工程进展顺利，1-12月份，完成投资77.57亿元": works whose progress the paragraph reports)
  const all = [...s.matchAll(/(?<=^|[|，,。；;：:\n])(?:(?:列入|安排)?([\u3400-\u9fff]{0,8}项目)(?=共|\d)|(?:[省市州县区]级)?\d+[个项]([\u3400-\u9fff]{2,10}?项目)|([\u3400-\u9fff]{0,8}(?:项目|工程))(?=进展|推进))/g)];
  // (not the parts a sentence opening with 其中 lists: 其中,146个续建项目…;170个新开项目…)
  const lastMatch = all.filter((m) => !/^\s*其中/.test(s.slice(s.lastIndexOf('。', m.index) + 1, m.index))).pop();
  // (a fixed-asset investment spoken of after the projects is what a bare 完成投资 then means)
  if (!lastMatch || /固定资产投资|固投/.test(s.slice(lastMatch.index))) return '';
  const last = (lastMatch[1] ?? lastMatch[2] ?? lastMatch[3]!).replace(/^(全市|全区|全县|全省)/, '');
  return last.length >= 4 && !/将|拟|计划|要|推进|抓住|抓好|实施|引进|^(开工|建设)/.test(last) ? last : '';
}
