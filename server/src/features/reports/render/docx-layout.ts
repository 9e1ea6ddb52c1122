// GB/T 9704-2012 党政机关公文格式 as the Word file's numbers: A4, the margins that give the 156 × 225 mm
// type area, 22 lines of 28 characters, the fonts and sizes of the title, body and headings, and the
// fonts a machine without the official ones shows instead.

/** Twentieths of a point in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** A4 and the margins of GB/T 9704 §5.2.1 (天头 37 mm, 订口 28 mm; the rest gives the type area). */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 37, leftMm: 28, bottomMm: 35, rightMm: 26 },
  /** The type area (版心) the margins leave. */
  typeArea: { widthMm: 156, heightMm: 225 },
  linesPerPage: 22,
  charsPerLine: 28,
  /** 页码 sits 7 mm below the type area: the footer's distance from the page's edge. */
  footerMm: 35 - 7 - 5.6,
  headerMm: 20,
} as const;

/** Font sizes in points (字号): 2号 title, 3号 body and headings, 4号 page numbers, 小四 tables. */
export const SIZE_PT = { title: 22, body: 16, pageNumber: 14, table: 12, tableTitle: 14 } as const;
/** docx sizes are half-points. */
export const halfPoints = (pt: number): number => pt * 2;

/** One line of the grid: the type area's height over 22 lines, in twips (579). */
export const LINE_PITCH_TWIPS = Math.floor(mmToTwips(PAGE.typeArea.heightMm) / PAGE.linesPerPage);
/**
 * The character grid: 28 characters across the 156 mm type area, given to Word as the difference
 * between that pitch and the 3号 body size, in 4096ths of a point.
 */
export const CHAR_SPACE = Math.round((((PAGE.typeArea.widthMm / PAGE.charsPerLine) * 72) / 25.4 - SIZE_PT.body) * 4096);

/** The official fonts (East Asian names as offices have them installed). */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Latin letters and digits beside the Chinese text. */
  latin: 'Times New Roman',
} as const;

/**
 * What a machine without an official font shows instead: the font table names each official font
 * with these alternates (w:altName) and its family, so Word and LibreOffice fall back to a font that
 * exists (WenQuanYi Micro Hei is installed on the server and common on Linux desktops).
 */
export const FONT_FALLBACK: Record<string, { altName: string; family: 'roman' | 'swiss' | 'modern'; pitch: 'variable' | 'fixed' }> = {
  [FONT.title]: { altName: '宋体,SimSun,WenQuanYi Micro Hei', family: 'roman', pitch: 'variable' },
  [FONT.body]: { altName: '仿宋,FangSong,WenQuanYi Micro Hei', family: 'modern', pitch: 'fixed' },
  [FONT.heading1]: { altName: 'SimHei,WenQuanYi Micro Hei', family: 'swiss', pitch: 'variable' },
  [FONT.heading2]: { altName: '楷体,KaiTi,WenQuanYi Micro Hei', family: 'modern', pitch: 'fixed' },
  [FONT.pageNumber]: { altName: 'SimSun,WenQuanYi Micro Hei', family: 'roman', pitch: 'variable' },
};

/** A run's fonts: the official East Asian font, Times New Roman for Latin letters and digits. */
export const fontOf = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, hint: 'eastAsia' });

/** Fills of the card cells (a light red and yellow, so the figure stays legible in print). */
export const CARD_FILL = { red: 'F4B6B6', yellow: 'FFE699' } as const;
export const HEADER_FILL = 'D9D9D9';
