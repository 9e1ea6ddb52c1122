const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

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
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  controlOutline: 'rgba(9, 88, 217, 0.45)',
  controlOutlineWidth: 3,
  lineWidthFocus: 3,
} as const;
