// The synthetic part of the investment and enterprise-service demo: enterprises to hang problems on,
// the current year's leads of a few districts at every stage, and the current year's problems. Every
// row is labelled 'synthetic'; names say 演示 so that no one takes them for real firms.
import { creditCodeCheckChar, type EnterpriseProblemCategory, type LeadSource, type LeadStage } from '@hongtu/domain';

/** The demo's current year (the projects' demo reports through October 2026). */
export const DEMO_YEAR = 2026;

/** A valid 统一社会信用代码 (check character computed) for a demo enterprise of a district: 91 + district + MA + serial. */
export function demoCreditCode(districtCode: string, serial: number): string {
  const body = `91${districtCode}MA${String(serial).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body);
}

export interface SyntheticEnterprise {
  organisationCode: string;
  name: string;
  industryCode: string;
  sizeClass: 'large' | 'medium' | 'small' | 'micro';
}

const TRADES: Array<[string, string, SyntheticEnterprise['sizeClass']]> = [
  ['精密制造', 'C34', 'medium'], ['生物医药', 'C27', 'small'], ['软件信息', 'I65', 'small'], ['商贸物流', 'G58', 'medium'],
  ['新材料', 'C30', 'small'], ['文化创意', 'R86', 'micro'],
];

/** Six enterprises in each district that has demo problems. */
export const SYNTHETIC_ENTERPRISES: readonly SyntheticEnterprise[] = (['420102', '420106'] as const).flatMap((code) =>
  TRADES.map(([trade, industryCode, sizeClass]) => ({
    organisationCode: code, name: `${code === '420102' ? '江岸' : '武昌'}演示${trade}有限公司`, industryCode, sizeClass,
  })));

export interface SyntheticLead {
  organisationCode: string;
  projectName: string;
  source: LeadSource;
  industry: string;
  /** 亿元. */
  intendedInvestment: string;
  stage: LeadStage;
  /** The day it was recorded; each later stage is reached 20 days after the previous one. */
  createdOn: string;
}

const STAGES: LeadStage[] = ['lead', 'negotiation', 'signed', 'registered', 'started', 'producing'];
const SOURCES: LeadSource[] = ['door_knocking', 'via_investors', 'building', 'capital', 'expo', 'other'];
const INDUSTRIES = ['数字经济', '生命健康', '智能制造', '现代金融', '商贸物流', '文化旅游'];
const DISTRICTS: Array<[string, string]> = [['420102', '江岸'], ['420105', '汉阳'], ['420106', '武昌'], ['420107', '青山']];

/** Six leads in each of four districts, one at each stage, recorded between February and July. */
export const SYNTHETIC_LEADS: readonly SyntheticLead[] = DISTRICTS.flatMap(([code, short], d) =>
  STAGES.map((stage, s) => ({
    organisationCode: code, projectName: `${short}演示${INDUSTRIES[(s + d) % 6]}项目${s + 1}`, source: SOURCES[(s + d) % 6]!,
    industry: INDUSTRIES[(s + d) % 6]!, intendedInvestment: String(5 + ((s * 7 + d * 3) % 20)), stage,
    createdOn: `${DEMO_YEAR}-${String(2 + ((s + d) % 6)).padStart(2, '0')}-${String(3 + s * 4).padStart(2, '0')}`,
  })));

export interface SyntheticProblem {
  organisationCode: string;
  /** Index into the district's synthetic enterprises. */
  enterprise: number;
  category: EnterpriseProblemCategory;
  title: string;
  raisedOn: string;
  /** How far it has gone. */
  status: 'submitted' | 'acknowledged' | 'answered' | 'closed';
}

const TITLES: Record<EnterpriseProblemCategory, string> = {
  land: '扩产用地指标待落实', finance: '流动资金贷款续贷困难', labour: '技术工人招聘缺口', approval: '施工许可办理进度慢',
  utilities: '新厂房用电增容', policy: '研发费用补贴未兑现', other: '厂区周边道路拥堵',
};
const CATEGORIES = Object.keys(TITLES) as EnterpriseProblemCategory[];
const PROGRESS: SyntheticProblem['status'][] = ['closed', 'answered', 'acknowledged', 'submitted', 'closed', 'answered', 'acknowledged'];

/** Seven problems in each of 江岸区 and 武昌区 this year, at every state, the later ones still open. */
export const SYNTHETIC_PROBLEMS: readonly SyntheticProblem[] = (['420102', '420106'] as const).flatMap((code, d) =>
  CATEGORIES.map((category, i) => ({
    organisationCode: code, enterprise: (i + d) % 6, category, title: TITLES[category],
    raisedOn: `${DEMO_YEAR}-${String(5 + i).padStart(2, '0')}-${String(10 + d * 5).padStart(2, '0')}`, status: PROGRESS[i]!,
  })));
