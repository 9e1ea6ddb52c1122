// The seed documents' file names, organisation codes and the exact sentences the demo quotes.

export const F000 = '000_0042b9a55ec5e1ea.txt';
export const F001 = '001_79771cd17df8b2f6.txt';
export const F002 = '002_5f45327f596e6471.txt';
export const F003 = '003_920ab4668335f224.txt';
export const F004 = '004_4d2d563e07c3115e.txt';

export const WUHAN = '420100';
export const HANYANG = '420105';
export const WUCHANG = '420106';
export const XISAISHAN = '420203';

// --- 001: the 汉阳区 2021 government work report and the Wuhan 2021 government work report ------
export const Q_HANYANG_2020 =
  '预计全年实现地区生产总值700亿元,增速逐月逐季向好;固定资产投资438亿元,总量位居中心城区第一;招商引资实际到位资金635亿元、实际利用外资7.9亿美元,完成进度保持中心城区前列。';
export const Q_HANYANG_2021 =
  '全区经济社会发展的主要预期目标是:地区生产总值增长10%,固定资产投资增长5%,社会消费品零售总额增长5%,地方一般公共预算收入增长15%,招商引资实际到位资金突破650亿元,居民人均可支配收入增长与经济增速同步。';
export const Q_WUHAN_GDP_2020 =
  '在一季度地区生产总值断崖式下跌40.5%的情况下,坚持稳中求进,做好“六稳”“六保”,搏杀二季度,单季基本打平;冲刺三季度,强势转正;决战四季度,全年好于预期,经济总量位居全国城市前十,达到15616.1亿元,同比下降4.7%,较一季度降幅收窄35.8个百分点,稳住了经济基本盘。';
export const Q_WUHAN_FAI_2020 = '固定资产投资从一季度负增长81.6%收窄到全年负增长11.8%。';

// --- 002: 武昌区 2017 H1 plan execution report --------------------------------------------------
export const Q002_GDP = '全年地区生产总值计划增长9%以上。上半年完成525.69亿元,同比增长8.1%。';
export const Q002_FAI = '全年全社会固定资产投资计划完成220亿元以上,增长10%以上。上半年完成163.97亿元,同比增长15.61%';
export const Q002_REV = '全年地方公共财政预算收入计划同口径增长10%以上。上半年完成83.8亿元,同口径同比增长44.7%';
export const Q002_FUNDS = '全年招商引资总额计划完成540亿元以上。上半年完成426.4亿元,同比增长80.1%。';
export const Q002_INCOME = '上半年城镇居民人均可支配收入24012元,同比增长9.57%,高于GDP增速。';
export const Q002_JOBS = '全区城镇新增就业24400人,城镇登记失业率控制在3.20%以内';
export const Q002_FOREIGN = '上半年实际利用外资19830万美元,同比增幅24.7%。';
export const NOTE_FUNDS_TOTAL =
  '招商引资总额 is read as the funds-in-place total (招商引资实际到位资金), the indicator Wuhan districts report.';

// --- 003: 黄石市西塞山区 2023 targets (Traditional characters, with the simplified form in brackets) --
export const Q003_Q1 = '一季度完成全年目標(biāo)任務(wù)30%以上';
export const Q1_SHARE_003 = { q1Share: '30', q1ShareSource: { file: F003, quote: Q003_Q1 } };

// --- 004: 武昌区 2022 Q1–3 work report ----------------------------------------------------------
export const Q004_GDP = 'GDP完成1202亿元、增速4.5%,增速相较上半年提升1.3个百分点;';
export const Q004_FUNDS =
  '招商引资实际到位资金739亿元、产业到资236亿元、实际利用外资3.12亿美元、外商直接投资1.13亿美元,均超时序进度。';
export const Q004_ENTITIES = '截至9月30日,新登记市场主体22768户,其中企业类11433户,完成全年度目标的91.22%。';
export const Q004_SIGNED = '签约项目57个,金额805.8亿元';
export const Q004_STARTED = '前三季度,新开工保利维塔、中科院-武汉大学科教融合协同创新基地等亿元以上重大项目24个,总投资182.8亿元';
export const Q004_JOBS = '实现城镇新增就业2.29万人,失业人员再就业4966人,城镇登记失业率控制在2.81%以内。';

export const NOTE_RATE_WITHIN =
  '"控制在…以内" states a ceiling, not the level reached: stored as a ≤ target (comparator le), not as a figure.';
