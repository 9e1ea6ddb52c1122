import type { Dict } from '../../../i18n/types';
import type { reportingZhCN } from './zh-CN';

export const reportingEn: Dict<typeof reportingZhCN> = {
  title: 'reporting',
};
