import type { Locale } from '@hongtu/contracts';
import type { ProjectCategory, ProjectLevel, ProjectMilestone, ProjectReportStatus, ProjectStage, ProjectTag, ProjectYearStatus } from '@hongtu/domain';

/**
 * The words of the project vocabulary on the server's side: in messages (which milestone comes
 * before which), in the exported workbook and in what the import accepts (any language's label,
 * Simplified or Traditional, or the code itself).
 */
export interface ProjectVocabularyLabels {
  level: Record<ProjectLevel, string>;
  category: Record<ProjectCategory, string>;
  yearStatus: Record<ProjectYearStatus, string>;
  stage: Record<ProjectStage, string>;
  milestone: Record<ProjectMilestone, string>;
  tag: Record<ProjectTag, string>;
  reportStatus: Record<ProjectReportStatus, string>;
  which: Record<'planned' | 'actual', string>;
  field: Record<'totalInvestment' | 'annualPlan' | 'monthInvestment' | 'ytdInvestment', string>;
  yes: string;
  no: string;
}

export const PROJECT_LABELS: Record<Locale, ProjectVocabularyLabels> = {
  'zh-CN': {
    level: { province: '省重点', city: '市重点', district: '区重点' },
    category: {
      science_innovation: '科技设施与创新平台', social_livelihood: '社会民生', emerging_industry: '战略性新兴产业',
      advanced_manufacturing: '先进制造业', infrastructure: '基础设施（含生态）', headquarters: '总部经济', commerce_logistics: '商贸物流',
    },
    yearStatus: { continuing: '续建', new_start: '新开工', preparatory: '前期', completed: '竣工' },
    stage: {
      lead: '线索', negotiation: '洽谈', signed: '签约', registered: '注册', land: '供地', started: '开工',
      under_construction: '在建', completed: '竣工', in_production: '投产', full_output: '达产',
    },
    milestone: {
      signing: '签约', land: '供地', planning: '规划许可', eia: '环评', construction_permit: '施工许可',
      start: '开工', completion: '竣工', production: '投产',
    },
    tag: { fortune_global_500: '世界500强', china_500: '中国500强', private_500: '民营500强', central_soe: '央企', headquarters: '总部', foreign: '外向型' },
    reportStatus: { not_started: '未填报', draft: '草稿', submitted: '已报送待审', returned: '已退回', approved: '已审核' },
    which: { planned: '计划', actual: '实际' },
    field: { totalInvestment: '总投资', annualPlan: '年度计划投资', monthInvestment: '本月完成投资', ytdInvestment: '本年累计完成投资' },
    yes: '是',
    no: '否',
  },
  'zh-TW': {
    level: { province: '省重點', city: '市重點', district: '區重點' },
    category: {
      science_innovation: '科技設施與創新平台', social_livelihood: '社會民生', emerging_industry: '戰略性新興產業',
      advanced_manufacturing: '先進製造業', infrastructure: '基礎設施（含生態）', headquarters: '總部經濟', commerce_logistics: '商貿物流',
    },
    yearStatus: { continuing: '續建', new_start: '新開工', preparatory: '前期', completed: '竣工' },
    stage: {
      lead: '線索', negotiation: '洽談', signed: '簽約', registered: '註冊', land: '供地', started: '開工',
      under_construction: '在建', completed: '竣工', in_production: '投產', full_output: '達產',
    },
    milestone: {
      signing: '簽約', land: '供地', planning: '規劃許可', eia: '環評', construction_permit: '施工許可',
      start: '開工', completion: '竣工', production: '投產',
    },
    tag: { fortune_global_500: '世界500強', china_500: '中國500強', private_500: '民營500強', central_soe: '央企', headquarters: '總部', foreign: '外向型' },
    reportStatus: { not_started: '未填報', draft: '草稿', submitted: '已報送待審', returned: '已退回', approved: '已審核' },
    which: { planned: '計劃', actual: '實際' },
    field: { totalInvestment: '總投資', annualPlan: '年度計劃投資', monthInvestment: '本月完成投資', ytdInvestment: '本年累計完成投資' },
    yes: '是',
    no: '否',
  },
  en: {
    level: { province: 'Provincial key', city: 'City key', district: 'District key' },
    category: {
      science_innovation: 'Science facilities and innovation platforms', social_livelihood: 'Social and livelihood', emerging_industry: 'Strategic emerging industry',
      advanced_manufacturing: 'Advanced manufacturing', infrastructure: 'Infrastructure (incl. ecology)', headquarters: 'Headquarters economy', commerce_logistics: 'Commerce and logistics',
    },
    yearStatus: { continuing: 'Continuing', new_start: 'New start', preparatory: 'Preparatory', completed: 'Completed' },
    stage: {
      lead: 'Lead', negotiation: 'Negotiation', signed: 'Signed', registered: 'Registered', land: 'Land supplied', started: 'Started',
      under_construction: 'Under construction', completed: 'Completed', in_production: 'In production', full_output: 'Full output',
    },
    milestone: {
      signing: 'signing', land: 'land supply', planning: 'planning permit', eia: 'environmental assessment', construction_permit: 'construction permit',
      start: 'start', completion: 'completion', production: 'production',
    },
    tag: { fortune_global_500: 'Fortune Global 500', china_500: 'China 500', private_500: 'Private 500', central_soe: 'Central SOE', headquarters: 'Headquarters', foreign: 'Foreign-oriented' },
    reportStatus: { not_started: 'Not started', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
    which: { planned: 'planned', actual: 'actual' },
    field: { totalInvestment: 'total investment', annualPlan: 'annual planned investment', monthInvestment: 'investment this month', ytdInvestment: 'investment year to date' },
    yes: 'yes',
    no: 'no',
  },
};
