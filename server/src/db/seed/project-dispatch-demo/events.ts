// Mass starts and signings 集中开工 / 集中签约 as the seed documents report them: each with its file
// and the sentence it is taken from; a count or an amount the sentence does not state is left empty.
export const F000 = '000_0042b9a55ec5e1ea.txt';
export const F004 = '004_4d2d563e07c3115e.txt';

export interface DemoEvent {
  organisationCode: string;
  kind: 'mass_start' | 'mass_signing';
  title: string;
  heldIn: string;
  projectCount: number | null;
  /** 亿元, as stated. */
  totalInvestment: string | null;
  file: string;
  quote: string;
}

export const DOCUMENT_EVENTS: readonly DemoEvent[] = [
  {
    organisationCode: '420114', kind: 'mass_start', title: '蔡甸区2月集中开工', heldIn: '2019-02', projectCount: 6, totalInvestment: '280',
    file: F000, quote: '蔡甸区以中法武汉生态示范城和蔡甸经济开发区为发展平台，6个项目将于2月集中开工，总投资280亿元。',
  },
  {
    organisationCode: '420116', kind: 'mass_start', title: '黄陂区一季度新开工重大项目', heldIn: '2019年一季度', projectCount: 20, totalInvestment: '208.4',
    file: F000, quote: '黄陂区一季度新开工重大项目20个，总投资208.4亿元。',
  },
  {
    organisationCode: 'WH-LKG', kind: 'mass_start', title: '临空港经开区一季度开工重大项目', heldIn: '2019年一季度', projectCount: 34, totalInvestment: '511.7',
    file: F000, quote: '武汉临空港经开区负责人表示，一季度将开工重大项目34个，投资额511.7亿元。',
  },
  {
    organisationCode: '420106', kind: 'mass_start', title: '武昌区前三季度新开工亿元以上重大项目', heldIn: '2022年前三季度', projectCount: 24, totalInvestment: '182.8',
    file: F004, quote: '前三季度,新开工保利维塔、中科院-武汉大学科教融合协同创新基地等亿元以上重大项目24个,总投资182.8亿元。',
  },
  {
    organisationCode: '420106', kind: 'mass_signing', title: '武昌区系列招商引资活动签约', heldIn: '2022年前三季度', projectCount: 57, totalInvestment: '805.8',
    file: F004, quote: '赴北京、深圳、杭州组织系列招商引资活动,签约项目57个,金额805.8亿元',
  },
];
