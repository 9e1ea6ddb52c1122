// Where a place's name stands for the place: a short form (武汉, 武昌 — the name without 市 / 区 / 县)
// is also the head of longer proper names (武汉大学, 武昌火车站, 武汉理工大学, 武汉钢铁集团) that
// are not the place. A short form followed, within two characters, by the head word of an
// institution, a company, a station, a road or a newspaper is no mention of the place.

/** Head words of proper names that begin with a place's name. */
const NAME_HEADS = /^[\u3400-\u9fff]{0,2}?(?:大学|学院|职业|中学|小学|幼儿园|医院|银行|集团|公司|火车站|站|机场|港|码头|大道|大桥|路|街|地铁|轨道交通|日报|晚报|电视台|广播|研究院|研究所|博物馆|图书馆|体育中心|海关|协会|商会)/;

/** The ends of a place's name as lists and tables of places write it (霍山县, 市开发区, 湘西高新区, 某某街道). */
export const PLACE_END = '(?:省|市|县|区|州|旗|盟|镇|乡|街道|开发区|高新区|新区|园区)';

/** A name that ends in an administrative level (武汉市, 武昌区, 东湖高新区): always the place. */
const ADMINISTRATIVE = /[省市区县州盟旗镇乡]$/;

/**
 * Whether `name` found at [start, end) of `text` names the place: a full name always does; a short
 * form does unless a proper name's head word follows it (武汉 in 武汉大学, 武昌 in 武昌站 do not).
 */
export function namesThePlace(text: string, name: string, end: number): boolean {
  if (ADMINISTRATIVE.test(name)) return true;
  return !NAME_HEADS.test(text.slice(end, end + 8));
}

/** Whether a short or full name of the place occurs in `text` as the place (the first such occurrence). */
export function mentionsPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (namesThePlace(text, name, at + name.length)) return true;
  }
  return false;
}
