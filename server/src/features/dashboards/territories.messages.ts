import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** The city's territorial scope (overlapping reporting units). */
export const TERRITORY_MESSAGES = {
  TERRITORY_OVERLAP_INVALID: {
    'zh-CN': '区域重叠只能登记在同一城市的两个不同的区或功能区之间',
    'zh-TW': '區域重疊只能登記在同一城市的兩個不同的區或功能區之間',
    en: 'An overlap joins two different districts or zones of the same city',
  },
  TERRITORY_NOT_A_CITY: {
    'zh-CN': '区域范围按城市设置，所选组织不是城市',
    'zh-TW': '區域範圍按城市設定，所選組織不是城市',
    en: 'The territorial scope is set per city; the organisation chosen is not a city',
  },
} satisfies MessageCatalogue;
