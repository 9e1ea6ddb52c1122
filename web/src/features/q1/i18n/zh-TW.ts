import type { Dict } from '../../../i18n/types';
import type { q1ZhCN } from './zh-CN';

export const q1ZhTW: Dict<typeof q1ZhCN> = {
  menu: {
    q1: '開門紅',
  },
  title: '一季度開門紅',
  subtitle: '一季度目標按年度目標的比例計，按週跟蹤（以週保月、以月保季）',
  year: '年度',
  empty: '本年度暫無一季度目標或數據',
  banner: '截至 {{today}}，一季度 {{total}} 天已過 {{days}} 天（{{weeks}} / 13 週），時序進度 {{progress}}（按天計）',
  pace: '按天計應達 {{expected}}',
  columns: {
    district: '區',
    q1Target: '一季度目標',
    ytd: '一季度累計',
    completion: '完成率',
    status: '進度',
    rank: '排名',
  },
  share: '佔全年 {{share}}',
  linear: '未設季度比例，按 25% 計',
  source: {
    week: '第{{week}}週',
    month: '{{month}}月（已審核）',
  },
  status: {
    ahead: '超進度',
    level: '持平',
    behind: '落後',
  },
  chart: {
    title: '{{district}} · {{indicator}} 週累計',
    label: '{{district}}{{indicator}}一季度每週累計值與目標進度折線圖',
    district: '區',
    indicator: '指標',
    ytd: '週累計',
    trajectory: '目標進度',
    week: '第{{week}}週',
    endDate: '截至 {{date}}',
    empty: '該區該指標尚無週數據',
  },
  entry: {
    title: '填報本週累計',
    week: '週次',
    weekOption: '第{{week}}週（截至 {{date}}）',
    value: '一季度累計值',
    note: '說明',
    save: '保存',
    saved: '已保存',
    stale: '數據已被他人修改，已刷新，請核對後重新保存',
    nothing: '請至少填寫一項',
  },
};
