// Names of industries written with 、 inside them (GB/T 4754-2017's sections and divisions, and the
// industries of Hong Kong's and Macao's statistics): a 、 inside such a name does not end its clause
// ("电力、热力、燃气及水生产和供应业增长4.3%" is one industry, not three words of a list).

const NAMES_WITH_COMMAS = [
  '农、林、牧、渔业',
  '农、林、牧、渔专业及辅助性活动',
  '电力、热力、燃气及水生产和供应业',
  '电力、热力生产和供应业',
  '交通运输、仓储和邮政业',
  '信息传输、软件和信息技术服务业',
  '水利、环境和公共设施管理业',
  '居民服务、修理和其他服务业',
  '文化、体育和娱乐业',
  '公共管理、社会保障和社会组织',
  '石油、煤炭及其他燃料加工业',
  '石油加工、炼焦和核燃料加工业',
  '计算机、通信和其他电子设备制造业',
  '铁路、船舶、航空航天和其他运输设备制造业',
  '酒、饮料和精制茶制造业',
  '纺织服装、服饰业',
  '皮革、毛皮、羽毛及其制品和制鞋业',
  '木材加工和木、竹、藤、棕、草制品业',
  '文教、工美、体育和娱乐用品制造业',
  '金属制品、机械和设备修理业',
  '进出口贸易、批发及零售业',
  '运输、仓库、邮政及速递服务业',
  '专业、科学及技术服务业',
  '公共行政、社会及个人服务',
  '金融、保险、地产、专业及商用服务业',
  '地产、专业及商用服务',
];

/** Each name with the offsets of its commas (a name is found from the 、 the scan meets). */
const COMMAS = NAMES_WITH_COMMAS.flatMap((name) => [...name].flatMap((ch, i) => (ch === '、' ? [{ name, offset: i }] : [])));

/**
 * The start of an industry name written with 、 whose comma is at `commaAt` in `text` (Simplified),
 * or null when the 、 there separates the words of a list.
 */
export function nameWithCommaStart(text: string, commaAt: number): number | null {
  for (const { name, offset } of COMMAS) {
    const start = commaAt - offset;
    if (start >= 0 && text.startsWith(name, start)) return start;
  }
  return null;
}
