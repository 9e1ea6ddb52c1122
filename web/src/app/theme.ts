const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The text of antd's preset-coloured tags (<Tag color="green">) is the palette's 7th shade on its
 * 1st: for these colours that reads below 4.5:1 (gold 2.8:1, green 3.4:1), so their 7th shade is
 * the first darker shade of the same palette that reads at 4.5:1 or more on the tint. Red, blue,
 * geekblue, purple and magenta already do and keep antd's.
 */
const TAG_TEXT = {
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
} as const;

type TagText = { [C in keyof typeof TAG_TEXT as `${C}7` | `${C}-7`]: (typeof TAG_TEXT)[C] };

/**
 * Each shade under both of antd's names (`gold7` and the older `gold-7`): both write the same CSS
 * variable (--ant-gold-7), which the tags read, and the older name comes last, so setting only
 * `gold7` left the tags in antd's shade in the browser (seen by axe) while the token read right.
 */
export const PRESET_TAG_TEXT = Object.fromEntries(
  Object.entries(TAG_TEXT).flatMap(([colour, hex]) => [
    [`${colour}7`, hex],
    [`${colour}-7`, hex],
  ]),
) as TagText;

/**
 * antd's theme with text that reads at 4.5:1 or more on white and on the page's #f5f5f5 (WCAG AA):
 * antd's own blue (#1677ff, 4.1:1), secondary grey (45 % black, 3.4:1), red, green and orange are
 * below it, so links, primary buttons, secondary text and the status colours take the darker shade
 * of the same palette. An input's focus ring is drawn wide enough to be seen (antd's is 10 % blue).
 */
export const ACCESSIBLE_TOKENS = {
  fontFamily: FONT_FAMILY,
  borderRadius: 6,
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorInfo: '#0958d9',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorError: '#cf1322',
  // Tints of the darker success and warning colours derive greyish (#adb8a5: 2.7:1 under the
  // text of a success tag or alert): antd's own light tints are kept.
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fff7e6',
  colorWarningBorder: '#ffd591',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  controlOutline: 'rgba(9, 88, 217, 0.45)',
  controlOutlineWidth: 3,
  lineWidthFocus: 3,
  ...PRESET_TAG_TEXT,
} as const;

/**
 * Components that write real text in antd's disabled grey (25 % black, 1.8:1): the "no data" of an
 * empty table. Within it that grey takes the tertiary text's shade; disabled controls elsewhere keep
 * antd's. (An empty list's text, which this does not reach, is drawn by signed-in.css.)
 */
export const EMPTY_TEXT_COLOUR = ACCESSIBLE_TOKENS.colorTextTertiary;
export const ACCESSIBLE_COMPONENTS = {
  Table: { colorTextDisabled: EMPTY_TEXT_COLOUR },
} as const;
