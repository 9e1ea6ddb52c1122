// Chart colours for the light app pages and the dark big screen (大屏).

export interface ChartPalette {
  text: string;
  subtext: string;
  axisLine: string;
  splitLine: string;
  /** Bars of districts behind time progress without a card. */
  primary: string;
  /** Bars of districts at or ahead of time progress. */
  ahead: string;
  /** Target markers and the target trajectory. */
  target: string;
  timeLine: string;
  average: string;
  growth: string;
  tooltipBg: string;
  tooltipText: string;
  tooltipBorder: string;
  fontSize: number;
  fontFamily: string;
}

const FONT = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

export const LIGHT_PALETTE: ChartPalette = {
  text: '#1f1f1f',
  subtext: '#595959',
  axisLine: '#d9d9d9',
  splitLine: '#f0f0f0',
  primary: '#1677ff',
  ahead: '#52c41a',
  target: '#262626',
  timeLine: '#fa541c',
  average: '#8c8c8c',
  growth: '#13c2c2',
  tooltipBg: 'rgba(255,255,255,0.96)',
  tooltipText: '#1f1f1f',
  tooltipBorder: '#d9d9d9',
  fontSize: 12,
  fontFamily: FONT,
};

export const DARK_PALETTE: ChartPalette = {
  text: '#d6f1ff',
  subtext: '#7fb4d9',
  axisLine: '#1f4a72',
  splitLine: 'rgba(64,158,255,0.12)',
  primary: '#1e90ff',
  ahead: '#00e5c0',
  target: '#ffd666',
  timeLine: '#ff7a45',
  average: '#8fb8d8',
  growth: '#36cfc9',
  tooltipBg: 'rgba(6,24,48,0.94)',
  tooltipText: '#d6f1ff',
  tooltipBorder: '#1f6fb2',
  fontSize: 18,
  fontFamily: FONT,
};
