import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of government work reports read since the twenty-second held-out set (figures invented).
const STATE = { kind: 'organisation' as const, key: 'S', name: '全省' };
const read = readerOf(STATE, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct', 'comparator']);

describe('extractFigures: forms of government work reports', () => {
  it('reads 今年 as the year the report is dated, after a review of the year before', () => {
    expect(read('2023年,全省生产总值达到6.1万亿元,增长5.8%。今年发展主要预期目标是:生产总值增长5.5%左右;城镇新增就业80万人以上。', '2024-01-25')).toEqual([
      ['gdp', '2023', 'actual', '6.1', '万亿元', '5.8', null],
      ['gdp', '2024', 'target', null, null, '5.5', null],
      ['new_urban_jobs', '2024', 'target', '80', '万人', null, '>='],
    ]);
  });

  it('keeps 控制在…以内 to its own clause: the target after the semicolon has no comparator', () => {
    const rows = read('今年主要预期目标是:城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右。', '2024-01-25');
    expect(rows.map((r) => [r[0], r[6]])).toEqual([['城镇调查失业率', '<='], ['居民消费价格', null]]);
  });

  it('reads a section on the last five years over its span, and a change from one level to another at the span\'s ends', () => {
    expect(read('一、过去五年工作成绩\n1、全省生产总值从3.2万亿元增加到4.6万亿元。\n2、服务业比重由48.1%提高到52.3%,研发投入年均增长9%。\n二、2018年主要预期目标\n1、生产总值增长6.5%左右。', '2018-01-25')).toEqual([
      ['gdp', '2012', 'actual', '3.2', '万亿元', null, null],
      ['gdp', '2017', 'actual', '4.6', '万亿元', null, null],
      ['服务业比重', '2012', 'actual', '48.1', '%', null, null],
      ['服务业比重', '2017', 'actual', '52.3', '%', null, null],
      ['研发投入', '2013..2017', 'actual', null, null, '9', null],
      ['gdp', '2018', 'target', null, null, '6.5', null],
    ]);
  });
});

// Forms of retail releases and news read since the twenty-third held-out set (figures invented).
const HK = { kind: 'organisation' as const, key: 'H', name: '香港特别行政区' };
const readHk = readerOf(HK, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct']);

describe('extractFigures: forms of retail releases and news', () => {
  it('reads a provisional or revised estimate (临时估计, 修订估计) as actual, named by what it estimates', () => {
    expect(readHk('今年5月的零售业总销货价值的临时估计为305亿元,较去年同月下跌2.1%。今年4月的零售业总销货价值的修订估计较去年同月上升9.6%。', '2022-07-04')).toEqual([
      ['零售业总销货价值', '2022-05', 'actual', '305', '亿元', '-2.1'],
      ['零售业总销货价值', '2022-04', 'actual', null, null, '9.6'],
    ]);
    expect(readHk('经济部预计今年零售业营业额约4.5兆元。', '2025-11-25')[0]?.[2]).toBe('forecast');
  });

  it('reads 前10月 as the year to date, and 去年第4季 in a sentence that named 第4季 before as last year\'s', () => {
    expect(readHk('今年前10月零售业营业额为3兆8,512亿元,年减0.4%。', '2025-11-25').map((r) => r[1])).toEqual(['2025-01..10']);
    expect(readHk('估算零售业第4季营业额需达1兆2960亿元,然而,去年第4季平均每月营业额约落在4150亿。', '2025-10-23').map((r) => [r[1], r[3]])).toEqual([
      ['2025-Q4', '12960'], ['2024-Q4', '4150'],
    ]);
  });

  it('gives a headline\'s figure once when the text states it again under its full name', () => {
    expect(readHk('5月零售销货额按年跌2.1% 政府料继续恢复\n\n今年5月的零售业总销货价值的临时估计为305亿元,较去年同月下跌2.1%。', '2022-07-04')).toEqual([
      ['零售业总销货价值', '2022-05', 'actual', '305', '亿元', '-2.1'],
    ]);
  });
});

// Forms of district notices and speeches read since the twenty-fourth held-out set (figures invented).
const DISTRICT = { kind: 'organisation' as const, key: 'D', name: '本区' };
const readDistrict = readerOf(DISTRICT, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct', 'vs_time_progress_pp']);

describe('extractFigures: forms of district notices and speeches', () => {
  it('reads the key projects\' investment as theirs and 比时间进度快 as the gap to time progress', () => {
    expect(readDistrict('1-6月项目累计完成投资120.5亿元,投资完成率63.1%,比时间进度快13.1个百分点。', '2022-07-20')).toEqual([
      ['项目累计完成投资', '2022-01..06', 'actual', '120.5', '亿元', null, null],
      ['投资完成率', '2022-01..06', 'actual', '63.1', '%', null, '13.1'],
    ]);
  });

  it('reads no figure of livelihood programmes (十件民生实事, 民生实事项目)', () => {
    expect(readDistrict('截至6月底,110项重点工作和35项区十件民生实事项目均按进度推进中。20项区民生实事项目中,已完成8项。', '2022-07-20')).toEqual([]);
  });

  it('gives the growth after a share of the plan written without 的 to the amount before it', () => {
    expect(readDistrict('一季度,全区完成工业总产值50.2亿元,占年度计划22%,同比增长38%。', '2006-04-20')).toEqual([
      ['工业总产值', '2006-Q1', 'actual', '50.2', '亿元', '38', null],
      ['年度计划', '2006-Q1', 'actual', '22', '%', null, null],
    ]);
  });
});

// Forms of statistical communiques read since the twenty-fifth held-out set (figures invented).
const COUNTY = { kind: 'organisation' as const, key: 'X', name: '本县' };
const readCounty = readerOf(COUNTY, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

describe('extractFigures: forms of statistical communiques', () => {
  it('names the three sectors\' shares of a structure, the year before\'s as of that year, and does not carry 上年 on', () => {
    expect(readCounty('2023年,产业结构构成由上年的20.1%、30.2%和49.7%调整为19.5%、29.8%和50.7%。全县人均GDP为31250元,同比增长5.1%。', '2024-04-10')).toEqual([
      ['第一产业比重', '2022', '20.1', '%', null],
      ['第二产业比重', '2022', '30.2', '%', null],
      ['第三产业比重', '2022', '49.7', '%', null],
      ['第一产业比重', '2023', '19.5', '%', null],
      ['第二产业比重', '2023', '29.8', '%', null],
      ['第三产业比重', '2023', '50.7', '%', null],
      ['人均GDP', '2023', '31250', '元', '5.1'],
    ]);
  });

  it('names a part of the fixed-asset investment by its part (城镇以上, 农村, 第一产业, 技改), not as the whole', () => {
    expect(readCounty('1-8月,城镇以上固定资产投资150.2亿元,增长30.1%;农村固定资产投资35.6亿元,增长4.2%;第一产业完成投资10.5亿元,增长6.6%;工业技改投资完成3.1亿元。', '2010-09-20').map((r) => r[0])).toEqual([
      '城镇以上固定资产投资', '农村固定资产投资', '第一产业投资', '工业技改投资',
    ]);
  });

  it('gives a growth against last year written as 与去年增长 to the figure before it', () => {
    expect(readCounty('2023年,全县油料播种面积30.5万亩,产量3.6万吨,与去年增长9.8%。', '2024-04-10').map((r) => [r[2], r[4]])).toEqual([['30.5', null], ['3.6', '9.8']]);
  });
});

// Forms of national-accounts news read since the twenty-eighth held-out set (figures invented).
const MACAO = { kind: 'organisation' as const, key: 'M', name: '澳门特别行政区' };
const readMacao = readerOf(MACAO, ['indicator', 'period', 'value', 'yoy_pct']);

describe('extractFigures: forms of national-accounts news', () => {
  it('reads revised growths of a list of quarters each as its quarter\'s, and 实质变动修订为 as a growth', () => {
    expect(readMacao('2024年本地生产总值实质增长8.8%。2023年全年本地生产总值实质变动修订为 -20.1%;2024年第1季、第2季及第3季的按年实质变动分别修订至31.2%、98.7%及11.9%。', '2025-03-01')).toEqual([
      ['gdp', '2024', null, '8.8'],
      ['gdp', '2023', null, '-20.1'],
      ['gdp', '2024-Q1', null, '31.2'],
      ['gdp', '2024-Q2', null, '98.7'],
      ['gdp', '2024-Q3', null, '11.9'],
    ]);
  });

  it('reads 去年 in a text dated the year after as that year, and no period from a level recovered to (回复至2019年)', () => {
    expect(readMacao('澳门去年GDP劲增70.5%\n\n2023年本地生产总值录得实质增长70.5%,已回复至2019年逾八成水平。全年的人均本地生产总值为52.1万澳门元。', '2024-03-01')).toEqual([
      ['gdp', '2023', null, '70.5'],
      ['人均本地生产总值', '2023', '52.1', null],
    ]);
  });
});


// Names read whole since the evaluation counts a name exactly the gold's (figures invented).
const CITY = { kind: 'organisation' as const, key: 'C', name: '全市' };
const names = (text: string) => readerOf(CITY, ['indicator', 'yoy_pct'])(text, '2024-03-01').map((r) => r[0]);

describe('extractFigures: names read whole', () => {
  it('keeps an industry written with 、 in it as one name', () => {
    expect(names('电力、热力、燃气及水生产和供应业增长4.1%,交通运输、仓储和邮政业投资增长3.2%。')).toEqual(['电力、热力、燃气及水生产和供应业', '交通运输、仓储和邮政业投资']);
  });

  it('takes into such a name no word of a list before it', () => {
    expect(names('其中水泥、电力、热力生产和供应业投资增长5.1%。')).toEqual(['电力、热力生产和供应业投资']);
  });

  it('drops the place a name begins with, and keeps 在建 in it', () => {
    expect(names('全国城镇调查失业率平均值为5.1%。全区在建亿元以上项目120个。')).toEqual(['城镇调查失业率平均值', '在建亿元以上项目']);
  });

  it('keeps 新开工 and 签约 in the projects they count', () => {
    expect(names('一季度新开工亿元以上产业项目31个,签约项目45个。')).toEqual(['新开工亿元以上产业项目', '签约项目']);
  });

  it('names what is traded with a bare 出口 or 进口, not the base of a ratio', () => {
    expect(names('货物出口下跌3.1%,服务进口则增加5.2%。商品整体出口货值上升2.3%。有形贸易逆差210亿元,相等于商品进口货值的4.1%。')).toEqual(['货物出口', '服务进口', '商品整体出口货值', '有形贸易逆差', '有形贸易逆差']);
  });

  it('names an industry\'s net output with its industry, and 该行业 as the one named before', () => {
    expect(names('金融及保险业的净产值,在第四季实质上升6.1%。该行业的净产值全年实质上升5.2%。')).toEqual(['金融及保险业的净产值', '金融及保险业的净产值']);
  });

  it('leaves out words around a name: 特别是, 同月的, 有, 按美元计价', () => {
    expect(names('特别是煤炭开采和洗选业占比为90.1%。同月的商品进口货值上升5.5%。留宿旅客有180万人次,上升9.4%。商品及服务输出按美元计价年增5.2%。')).toEqual(['煤炭开采和洗选业占比', '商品进口货值', '留宿旅客', '商品及服务输出']);
  });
});

// Forms of budget execution reports read since the twenty-ninth held-out set (figures invented).
const readBudget = readerOf(DISTRICT, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

describe('extractFigures: forms of budget execution reports', () => {
  it('reads 一般公共预算本级收入 as the catalogue\'s revenue, and a growth on another basis (还原…口径后) as its growth too', () => {
    expect(readBudget('2023年,全区一般公共预算本级收入完成41.2亿元,增长12.1%,还原留抵退税口径后增长2.4%。', '2024-02-18')).toEqual([
      ['general_budget_revenue', '2023', '41.2', '亿元', '12.1'],
      ['general_budget_revenue', '2023', null, null, '2.4'],
    ]);
  });

  it('reads 上年结转 as a budget item of the year under review, not as last year', () => {
    expect(readBudget('2023年,加上转移支付20.5亿元、上年结转6.1亿元,收入总量为80.2亿元。一般公共预算本级支出完成60.3亿元。', '2024-02-18').map((r) => [r[0], r[1]])).toEqual([
      ['转移支付', '2023'], ['上年结转', '2023'], ['收入总量', '2023'], ['一般公共预算本级支出', '2023'],
    ]);
  });

  it('gives the growth after a share of the budget (完成预算数, 完成年初预算的) to the amount before it', () => {
    expect(readBudget('2023年一般公共预算总收入801234万元,完成预算数105.1%,增长9.8%。', '2024-06-19')).toEqual([
      ['一般公共预算总收入', '2023', '801234', '万元', '9.8'],
      ['预算数', '2023', '105.1', '%', null],
    ]);
    expect(readBudget('截至3月底,税收收入累计完成7021万元,完成年初预算的25.3%,同比增长10.2%。', '2024-04-15')).toEqual([
      ['税收收入', '2024-01..03', '7021', '万元', '10.2'],
      ['年初预算', '2024-01..03', '25.3', '%', null],
    ]);
  });
});

// Forms of investment-promotion results read since the thirtieth held-out set (figures invented).
const readInvestment = readerOf(DISTRICT, ['entity', 'indicator', 'kind', 'value', 'unit']);

describe('extractFigures: forms of investment-promotion results', () => {
  it('reads a target in brackets after a figure (任务数, 任务数占比) as that figure\'s target, and 到位资金 as the funds in place', () => {
    expect(readInvestment('2023年,我区签约项目100个,上报到位资金30亿元(任务数28亿元),工业到位资金占比60.1%(任务数占比55%)。', '2024-01-24')).toEqual([
      ['本区', '签约项目', 'actual', '100', '个'],
      ['本区', 'investment_funds_in_place', 'actual', '30', '亿元'],
      ['本区', 'investment_funds_in_place', 'target', '28', '亿元'],
      ['本区', '工业到位资金占比', 'actual', '60.1', '%'],
      ['本区', '工业到位资金占比', 'target', '55', '%'],
    ]);
  });

  it('gives the clauses after a semicolon the zone named at their start, and reads 完成全年目标任务5家的120% as a target and its completion', () => {
    expect(readInvestment('2023年,全区签约项目90个;青石高新区签约项目40个,签约资金20.5亿元;引进优强企业6家,完成全年目标任务5家的120%。', '2024-01-24')).toEqual([
      ['本区', '签约项目', 'actual', '90', '个'],
      ['青石高新区', '签约项目', 'actual', '40', '个'],
      ['青石高新区', '签约资金', 'actual', '20.5', '亿元'],
      ['青石高新区', '优强企业', 'actual', '6', '家'],
      ['青石高新区', '优强企业', 'target', '5', '家'],
      ['青石高新区', '全年目标任务', 'actual', '120', '%'],
    ]);
  });

  it('names a part of the funds in place as written (工业到位资金, 州外到位资金), not as the whole', () => {
    expect(readInvestment('2023年,全区实现招商引资到位资金30.2亿元,其中工业到位资金20.1亿元;招商引资州外到位资金12.5亿元。', '2024-01-24').map((r) => r[1])).toEqual(['investment_funds_in_place', '工业到位资金', '招商引资州外到位资金']);
  });

  it('names 计划总投资, 完成率 and 在谈项目 as written', () => {
    expect(readInvestment('2023年,共签约项目50个,计划总投资120.5亿元,完成率105.2%。在谈项目共30个。', '2024-01-24').map((r) => r[1])).toEqual(['签约项目', '计划总投资', '完成率', '在谈项目']);
  });
});

// Forms of key-project progress reports read since the thirty-first held-out set (figures invented).
const readProjects = readerOf(DISTRICT, ['indicator', 'period', 'kind', 'value', 'unit', 'vs_time_progress_pp']);

describe('extractFigures: forms of key-project progress reports', () => {
  it('reads 至9月底 as the year to date, and 为年度投资计划的 as a completion share of the plan', () => {
    expect(readProjects('至9月底,全区重点建设项目累计完成投资300.1亿元,为年度投资计划的70.2%,超过时间进度5.2个百分点。', '2017-10-20')).toEqual([
      ['重点建设项目累计完成投资', '2017-01..09', 'actual', '300.1', '亿元', null],
      ['年度投资计划', '2017-01..09', 'actual', '70.2', '%', '5.2'],
    ]);
  });

  it('gives a bare 完成投资 to the projects the paragraph is about, and not when they are the object of a verb', () => {
    expect(readProjects('2021年列入省重大项目5个,年度计划投资20亿元;1-7月完成投资12.5亿元,完成投资目标任务的62.5%。', '2021-08-10').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['列入省重大项目', '2021', 'actual'],
      ['计划投资', '2021', 'plan'],
      ['省重大项目完成投资', '2021-01..07', 'actual'],
      ['投资目标任务', '2021-01..07', 'actual'],
    ]);
    expect(readProjects('全区将抓住50个重大产业项目建设,年内完成投资200亿元。', '2019-02-20').map((r) => r[0])).toEqual(['重大产业项目', 'fixed_asset_investment']);
  });
});

// Forms of monthly industry news read since the thirty-second held-out set (figures invented).
const readIndustry = readerOf(CITY, ['entity', 'indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct', 'vs_time_progress_pp']);

describe('extractFigures: forms of monthly industry news', () => {
  it('reads 累计 after a month\'s own figure as the year to that month', () => {
    expect(readIndustry('今年前11个月,新能源产业当月完成产值30.1亿元,同比增长10.2%;累计完成产值250.3亿元,同比增长20.4%。', '2011-12-20').map((r) => [r[2], r[4]])).toEqual([
      ['2011-11', '30.1'],
      ['2011-01..11', '250.3'],
    ]);
  });

  it('reads a group\'s company name whole (钢城集团有限公司), and 欠…目标任务(…)X个百分点 as short of the target\'s progress', () => {
    const rows = readIndustry('1-8月份,其中,钢城集团有限公司完成增加值7.1亿元,同比增长12.1%。地方规模以上工业完成增加值12.5亿元,欠区级目标任务(20.5亿元)9.1个百分点。', '2009-09-18');
    expect(rows[0]?.slice(0, 2)).toEqual(['钢城集团有限公司', '增加值']);
    expect(rows.slice(1).map((r) => [r[3], r[4], r[7]])).toEqual([['actual', '12.5', null], ['target', '20.5', '-9.1']]);
  });
});

// Forms of a city's statistical communique read since the thirty-third held-out set (figures invented).
describe('extractFigures: forms of a city\'s statistical communique', () => {
  const readCommunique = readerOf(CITY, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

  it('does not take the date the page was issued on for the year under review', () => {
    expect(readCommunique('市统计局\n2012年3月19日\n一、综合\n2011年全市实现地区生产总值1200.5亿元。\n\n全年工业生产者出厂价格上涨3.1%。', '2012-03-19').map((r) => [r[0], r[1]])).toEqual([
      ['gdp', '2011'], ['工业生产者出厂价格', '2011'],
    ]);
  });

  it('names a list\'s items by the head written once after 的, 和 inside an item kept', () => {
    expect(readCommunique('2011年,食品、医疗保健和个人用品、居住的价格分别上涨10.1%、5.2%和3.3%。', '2012-03-19').map((r) => r[0])).toEqual(['食品价格', '医疗保健和个人用品价格', '居住价格']);
  });

  it('reads 占GDP的22.9% as a share of GDP, not as GDP', () => {
    expect(readCommunique('2011年,现代服务业增加值300.5亿元,增长8.1%,占GDP的22.1%。', '2012-03-19')[1]).toEqual(['占GDP', '2011', '22.1', '%', null]);
  });
});

// Forms of district work reports read since the thirty-fourth held-out set (figures invented).
describe('extractFigures: forms of district work reports', () => {
  const readReport = readerOf(DISTRICT, ['indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct']);

  it('reads what a report of January that writes no year says has happened as of the year before, its targets as of its own', () => {
    expect(readReport('区长作政府工作报告。\n一年来,圆满完成了全年目标任务。预计地区生产总值超过1800亿元,增长8.1%左右;两税收入300.5亿元,净增40亿元。今年主要预期目标:地区生产总值增长7%。', '2018-01-24')).toEqual([
      ['gdp', '2017', 'forecast', '1800', '亿元', '8.1'],
      ['两税收入', '2017', 'forecast', '300.5', '亿元', null],
      ['两税收入', '2017', 'forecast', '40', '亿元', null],
      ['gdp', '2018', 'target', null, null, '7'],
    ]);
  });

  it('reads 城、乡 before 分别 as the towns\' and the countryside\'s', () => {
    expect(readReport('2019年目标:城、乡居民人均可支配收入分别增长8%、9%。', '2019-02-19').map((r) => r[0])).toEqual(['urban_disposable_income', '农村居民人均可支配收入']);
  });
});

// Forms of monthly economy notes read since the thirty-fifth held-out set (figures invented).
describe('extractFigures: forms of monthly economy notes', () => {
  const readNote = readerOf(CITY, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

  it('reads 元至九月 as the year to September, and a list of growths after a list of values in order', () => {
    expect(readNote('元至九月,城乡居民人均可支配收入分别达到18000元、5600元,增长7.1%、9.1%。', '2018-11-16')).toEqual([
      ['urban_disposable_income', '2018-01..09', '18000', '元', '7.1'],
      ['农村居民人均可支配收入', '2018-01..09', '5600', '元', '9.1'],
    ]);
  });

  it('names single characters and the four trades abbreviated before 分别 by the head they share', () => {
    expect(readNote('1—11月份,全市猪、牛、禽出栏量同比分别增长9%、23%、28%;限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%。', '2024-12-24').map((r) => [r[0], r[4]])).toEqual([
      ['猪出栏量', '9'], ['牛出栏量', '23'], ['禽出栏量', '28'],
      ['批发业', '-11.6'], ['零售业', '4.1'], ['住宿业', '-30'], ['餐饮业', '-22.2'],
    ]);
  });

  it('reads no figure from the average in brackets a growth is set against, and the balance\'s growth as of the month', () => {
    expect(readNote('1—11月份,限额以上社会消费品零售总额同比增长3.5%,高于全省平均增速(2.4%)1.1个百分点。本外币存款同比增长6.6%。', '2024-12-24')).toEqual([
      ['限额以上社会消费品零售总额', '2024-01..11', null, null, '3.5'],
      ['限额以上社会消费品零售总额', '2024-01..11', '1.1', '个百分点', null],
      ['本外币存款', '2024-11', null, null, '6.6'],
    ]);
  });
});
