// The words around a figure's name: where its clause starts (a 、 inside an industry's name does not
// end it), the verbs, cue and filler words before and after a name that are no part of it, and a
// name cleaned of quotation marks, brackets and the examples listed before 等.
import { nameWithCommaStart } from './sector-names';

const CLAUSE_BREAK = /[，,、；;：:。！？!?\n]/;
export const LEADING = /^(?:\d{1,2}[.、．](?![\d])|按可比价格计算|惟|同时|但呈|但|虽|呈|(?:该|此)?数据显示(?:为)?|年末|年底|末|新引进|按可比价计算|按不变价格计算|按现价计算|还原[\u3400-\u9fff]{0,10}口径后|剔除[\u3400-\u9fff]{0,10}因素后|按可比口径(?:计算)?|同口径|其中|当中|特别是|尤其是|同月|同期|全国|全省|全市|全区|全县|而|在(?![建册库岗校营谈])|继|加上|带动|按年|全年|今年|年内|当年|累计|新增|净增|净减|共|计|已|已经|均|分别|同比|预计|计划|力争|确保|争取|努力|目标|将|拟|要|完成(?!率)|实现|达到|达|为|是|约|近|超过|突破|超|引进|推进|加速推进|开展|办理|发放|签订|成功|全面|录得|与|和|及|的|之|了|“|”|"|《|》|·|\s)+/;
export const TRAILING = /(?:\d+(?:\.\d+)?倍|(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区|全县)?平均水[平准]|的(?:临时|修订|初步)(?:估计)?|(?:按年)?实质变动(?:分别)?(?:修订(?:为|至)?)?|约?落在|需|须|至|到|(?<=[\u3400-\u9fff]{2})[由从]|介于|增长幅|原预测|预测|高出|多出|还|又|再度|转跌|转升|按月|环比|年比|人民币|市场预期|预期|(?<=[较比于])市场|逊于|胜于|优于|(?<![提上回])升|(?<!下)跌|维持在|维持|上修|下修|加快|放缓|恢复|在|年增率|年增|年减|升幅|增幅|跌幅|降幅|涨幅|录得|与上年同期比较|较上年同期|比上年同期|与上年同期|同期|比较|则|亦|也|完成|实现|达到|达|为|是|(?<![签合公节制条预契])约|近|逾|共|累计|计|突破|超过|超|了|的|等|分别|同比|同口径|比上年|较上年|按年|实质|名义|年均|平均|合计|总计|全年|共计|增长|增速|增幅|增加|下降|降低|减少|回落|提高|提升|上升|负增长|下跌|上涨|按(?:美元|人民币|新台币|港元|澳门元)计(?:价|算)|有所|(?<![国私公共所拥])有|负成长|成长率|成长|保持在|保持|控制在|稳定在|\s)+$/;

/** A name without quotation marks and stray signs, and without the examples listed before 等. */
export function cleanName(name: string): string {
  // ("规模以上工业完成工业总产值": the word on both sides of 完成 written once)
  // ("食品类商品(限上占比18.5%)": a bracket left open joins the words on both sides)
  // ("州级301项重点建设项目共开复工": the count of the projects inside and 共 before the verb are no part of the name)
  name = name.replace(/(?<=[\u3400-\u9fff])\d+[项个家](?=[\u3400-\u9fff]{2})/g, '').replace(/(?<=项目|工程)共(?=开|完成|实现|签约|引进|落地|投产|竣工)/g, '');
  name = name.replace(/(?<=[\u3400-\u9fff]{2})(实现|完成|累计)(?=[\u3400-\u9fff]{2})/g, '').replace(/[(（][^()（）]*[)）]/g, '').replace(/工业工业/g, '工业').replace(/[(（](?=[^()（）]*$)/, '');
  const afterExamples = name.includes('等') ? name.slice(name.lastIndexOf('等') + 1) : name;
  const cleaned = (afterExamples.length >= 2 ? afterExamples : name).replace(/[“”‘’"'《》「」]/g, '');
  return cleaned.replace(/^[^\u3400-\u9fffA-Za-z0-9]+|[^\u3400-\u9fffA-Za-z0-9%]+$/g, '');
}

/** Start of the clause holding `pos`. */
export function clauseStart(text: string, floor: number, pos: number): number {
  let i = pos;
  let depth = 0; // a 、 inside (含省、市三分局征收数) or a quoted name (「專業、科學及技術服務業」) does not end the clause
  while (i > floor) {
    const ch = text.charAt(i - 1);
    if (ch === ')' || ch === '）' || ch === '」' || ch === '”') depth += 1;
    else if ((ch === '(' || ch === '（' || ch === '「' || ch === '“') && depth > 0) depth -= 1;
    else if (depth === 0 && CLAUSE_BREAK.test(ch)) {
      // "电力、热力、燃气及水生产和供应业": the 、 of an industry's name
      const named = ch === '、' ? nameWithCommaStart(text, i - 1) : null;
      if (named === null || named < floor) break;
      i = named + 1;
    }
    i -= 1;
  }
  return i;
}

/** The text of [from, to) with every masked character (subject, period, cue words) written as |. */
export function maskedText(text: string, from: number, to: number, masks: ReadonlyArray<{ start: number; end: number }>): string {
  let s = '';
  for (let i = from; i < to; i += 1) s += masks.some((m) => m.start <= i && i < m.end) ? '|' : text.charAt(i);
  return s;
}
