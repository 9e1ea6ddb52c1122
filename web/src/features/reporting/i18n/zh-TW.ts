import type { Dict } from '../../../i18n/types';
import type { reportingZhCN } from './zh-CN';

export const reportingZhTW: Dict<typeof reportingZhCN> = {
  title: 'reporting',
};
