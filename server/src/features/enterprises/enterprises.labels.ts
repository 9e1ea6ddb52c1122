import type { Locale } from '@hongtu/contracts';
import type { EnterpriseFlag, HeadquartersKind, LegalForm, SizeClass } from '@hongtu/domain';

/** The registry's words in the three languages: the workbook's headers and values, audit views. */
export interface EnterpriseLabels {
  legalForm: Record<LegalForm, string>;
  sizeClass: Record<SizeClass, string>;
  headquartersKind: Record<HeadquartersKind, string>;
  flag: Record<EnterpriseFlag, string>;
  yes: string;
  no: string;
}

export const ENTERPRISE_LABELS: Record<Locale, EnterpriseLabels> = {
  'zh-CN': {
    legalForm: {
      limited_company: '有限责任公司', joint_stock: '股份有限公司', state_owned: '全民所有制企业', collective: '集体所有制企业', partnership: '合伙企业',
      sole_proprietorship: '个人独资企业', foreign_branch: '外国（地区）企业分支机构', branch: '分公司', individual: '个体工商户', other: '其他',
    },
    sizeClass: { large: '大型', medium: '中型', small: '小型', micro: '微型' },
    headquartersKind: { group: '集团总部', regional: '区域总部', functional: '功能性总部' },
    flag: {
      fortune500: '世界500强', china500: '中国500强', private500: '民营500强', centralSoe: '央企', foreignInvested: '外资企业',
      highTech: '高新技术企业', specialised: '专精特新', aboveScale: '规上', aboveQuota: '限上',
    },
    yes: '是', no: '否',
  },
  'zh-TW': {
    legalForm: {
      limited_company: '有限責任公司', joint_stock: '股份有限公司', state_owned: '全民所有制企業', collective: '集體所有制企業', partnership: '合夥企業',
      sole_proprietorship: '個人獨資企業', foreign_branch: '外國（地區）企業分支機構', branch: '分公司', individual: '個體工商戶', other: '其他',
    },
    sizeClass: { large: '大型', medium: '中型', small: '小型', micro: '微型' },
    headquartersKind: { group: '集團總部', regional: '區域總部', functional: '功能性總部' },
    flag: {
      fortune500: '世界500強', china500: '中國500強', private500: '民營500強', centralSoe: '央企', foreignInvested: '外資企業',
      highTech: '高新技術企業', specialised: '專精特新', aboveScale: '規上', aboveQuota: '限上',
    },
    yes: '是', no: '否',
  },
  en: {
    legalForm: {
      limited_company: 'Limited liability company', joint_stock: 'Joint-stock company', state_owned: 'State-owned enterprise', collective: 'Collective enterprise', partnership: 'Partnership',
      sole_proprietorship: 'Sole proprietorship', foreign_branch: 'Branch of a foreign enterprise', branch: 'Branch', individual: 'Individual business', other: 'Other',
    },
    sizeClass: { large: 'Large', medium: 'Medium', small: 'Small', micro: 'Micro' },
    headquartersKind: { group: 'Group headquarters', regional: 'Regional headquarters', functional: 'Functional headquarters' },
    flag: {
      fortune500: 'Fortune Global 500', china500: 'China 500', private500: 'Private 500', centralSoe: 'Central SOE', foreignInvested: 'Foreign-invested',
      highTech: 'High-tech enterprise', specialised: 'Specialised (专精特新)', aboveScale: 'Above designated size (规上)', aboveQuota: 'Above quota (限上)',
    },
    yes: 'Yes', no: 'No',
  },
};
