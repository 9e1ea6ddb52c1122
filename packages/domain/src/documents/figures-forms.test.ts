import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { testContext } from './test-context';

// Forms of statistical writing read since the fifth held-out set, each on a sentence of its own.
const CITY = { kind: 'organisation' as const, key: 'C', name: '本市' };
const read = (text: string, documentDate = '2024-03-01') =>
  extractFigures(text, testContext({ documentDate, defaultEntity: CITY })).map((f) => [f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct]);

describe('extractFigures: forms of statistical bulletins', () => {
  it('reads the growth of the economy as the growth of GDP (经济增长率, 經濟成長率)', () => {
    expect(read('2023年全市经济增长率为5.1%。')).toEqual([['gdp', '2023', 'actual', null, null, '5.1']]);
  });

  it('reads a name per head (人均GDP, 平均每人GDP) as its own, not as GDP', () => {
    expect(read('2023年人均GDP为9.8万元，平均每人GDP为1.2万美元。')).toEqual([
      ['人均GDP', '2023', 'actual', '9.8', '万元', null],
      ['平均每人GDP', '2023', 'actual', '1.2', '万美元', null],
    ]);
  });

  it('does not take a name inside a bracketed note before the number, nor one a bracket glosses', () => {
    expect(read('2023年贸易差额（出口减进口）120.5亿元。')).toEqual([['贸易差额', '2023', 'actual', '120.5', '亿元', null]]);
    expect(read('2023年平均每人地区产值（GDP）为8.6万元。')).toEqual([['平均每人地区产值', '2023', 'actual', '8.6', '万元', null]]);
  });

  it('reads a change against last year as a change of the figure before it, whatever the sentence named earlier', () => {
    expect(read('2023年出口增长3%。贸易顺差（出口减进口）88.1亿元，比上年增加9.6亿元。')).toEqual([
      ['出口', '2023', 'actual', null, null, '3'],
      ['贸易顺差', '2023', 'actual', '88.1', '亿元', null],
      ['贸易顺差', '2023', 'actual', '9.6', '亿元', null],
    ]);
    expect(read('年末户籍人口820万人，比上年末减少3万人。')).toEqual([
      ['户籍人口', '2024', 'actual', '820', '万人', null],
      ['户籍人口', '2024', 'actual', '-3', '万人', null],
    ]);
  });

  it('reads a pull on the whole (拉动全市工业增长, 下拉全省) as the figure before it', () => {
    expect(read('1-2月，纺织业增加值增长6.0%，拉动全市工业增长0.8个百分点；化工业下降2.0%，下拉全市工业0.3个百分点。')).toEqual([
      ['纺织业增加值', '2024-01..02', 'actual', null, null, '6.0'],
      ['纺织业增加值', '2024-01..02', 'actual', '0.8', '个百分点', null],
      ['化工业', '2024-01..02', 'actual', null, null, '-2.0'],
      ['化工业', '2024-01..02', 'actual', '-0.3', '个百分点', null],
    ]);
  });

  it('gives a share after a falling growth no sign', () => {
    expect(read('1-2月，化工业下降2.0%，占全市工业的比重为8.5%。')).toEqual([['化工业', '2024-01..02', 'actual', '8.5', '%', '-2.0']]);
  });

  it('reads the investment of projects as theirs, not the area’s fixed-asset investment', () => {
    expect(read('1-2月，全市重点项目完成投资56.2亿元；全市完成投资120亿元。')).toEqual([
      ['重点项目完成投资', '2024-01..02', 'actual', '56.2', '亿元', null],
      ['fixed_asset_investment', '2024-01..02', 'actual', '120', '亿元', null],
    ]);
  });

  it('reads a catalogue name followed by a head noun (岗位, 比例, 差额) as the longer name', () => {
    const [jobs, ratio] = read('2023年新增就业岗位12万个。研发经费支出相当于生产总值的比例为2.9%。');
    expect(jobs![0]).toContain('就业岗位');
    expect(ratio![0]).toContain('比例');
  });

  it('counts people of a population, and a count of a kind of company names no company', () => {
    expect(read('2023年末常住人口1380万人。')).toEqual([['常住人口', '2023', 'actual', '1380', '万人', null]]);
    const f = extractFigures('2023年，新增外资公司地区总部8家。', testContext({ documentDate: '2024-03-01', defaultEntity: CITY }));
    expect(f.map((x) => [x.entity, x.indicator, x.value, x.unit])).toEqual([['本市', '外资公司地区总部', '8', '家']]);
  });

  it('keeps a modifier before a catalogue name in a list after 分别', () => {
    const [green, digital] = read('2023年，绿色和数字经济规上工业增加值分别增长6.1%和9.3%。');
    expect([green![0], green![5]]).toEqual([expect.stringContaining('绿色'), '6.1']);
    expect([digital![0], digital![5]]).toEqual(['数字经济规上工业增加值', '9.3']);
  });
});

describe('extractFigures: names and lists carried on', () => {
  it('takes the name before a cue word when nothing names the figure after it', () => {
    expect(read('2024年，居民消费预计增长4.5%，商品输出预测实质成长3.1%。')).toEqual([
      ['居民消费', '2024', 'forecast', null, null, '4.5'],
      ['商品输出', '2024', 'forecast', null, null, '3.1'],
    ]);
  });

  it('does not name a change after what drove it (在…的带动下)', () => {
    expect(read('2023年，内部需求在航运回暖的带动下增加8.2%。')).toEqual([['内部需求', '2023', 'actual', null, null, '8.2']]);
  });

  it('gives a 分别 clause without names of its own the names of the figures before it', () => {
    expect(read('2023年，新引进研发中心12家、结算中心7家，累计分别达到210家和96家。')).toEqual([
      ['研发中心', '2023', 'actual', '12', '家', null],
      ['结算中心', '2023', 'actual', '7', '家', null],
      ['研发中心', '2023', 'actual', '210', '家', null],
      ['结算中心', '2023', 'actual', '96', '家', null],
    ]);
    expect(read('2023年，电子和医药制造业增加值分别增长8.0%和6.0%，增速分别比全部工业快3.1和1.1个百分点。').map((r) => [r[0], r[3], r[5]])).toEqual([
      ['电子制造业增加值', null, '8.0'],
      ['医药制造业增加值', null, '6.0'],
      ['电子制造业增加值', '3.1', null],
      ['医药制造业增加值', '1.1', null],
    ]);
  });

  it('reads a count changed against last year, and gives the growth after it to the level', () => {
    expect(read('2023年末现有企业家数为1万2,300家，较去年同期增加410家，年增3.45%。')).toEqual([
      ['现有企业家数', '2023', 'actual', '12300', '家', '3.45'],
      ['现有企业家数', '2023', 'actual', '410', '家', null],
    ]);
  });
});

describe('extractFigures: abbreviations and comparison bases', () => {
  it('reads an abbreviation a bracket glossed as the name it glossed', () => {
    expect(read('2023年，生产者价格指数（PPI）下降2.1%；2024年PPI预计下降0.5%。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['生产者价格指数', '2023', '-2.1'],
      ['生产者价格指数', '2024', '-0.5'],
    ]);
  });

  it('gives a rate written after the period it is compared with to that period', () => {
    expect(read('2023年，批发业增加值上升3.0%，较上年的1.2%升幅略快。').map((r) => [r[1], r[5]])).toEqual([
      ['2023', '3.0'],
      ['2022', '1.2'],
    ]);
  });
});

describe('extractFigures: quoted names', () => {
  it('reads a name in corner quotes whole, a 、 inside it included', () => {
    expect(read('2023年各业别中，以「批发及零售业」最多(占比23.6%)，其次为「专业、科学及技术服务业」(占比14.4%)。').map((r) => [r[0], r[3]])).toEqual([
      ['批发及零售业', '23.6'],
      ['专业、科学及技术服务业', '14.4'],
    ]);
  });
});

describe('extractFigures: reviews, targets and releases', () => {
  it('reads 过去一年 as the year before the document', () => {
    expect(read('过去一年，全市生产总值增长5.2%。', '2024-01-20')).toEqual([['gdp', '2023', 'actual', null, null, '5.2']]);
  });

  it('reads a period after a comparison base as part of the base (比2023年全年加快)', () => {
    expect(read('1—2月份，固定资产投资增长4.2%，增速比2023年全年加快1.2个百分点。')).toEqual([
      ['fixed_asset_investment', '2024-01..02', 'actual', null, null, '4.2'],
      ['fixed_asset_investment', '2024-01..02', 'actual', '1.2', '个百分点', null],
    ]);
  });

  it('reads both ends of a range of growth (2.5%至3.5%) and the whole economy as GDP', () => {
    expect(read('预测2024年整体经济增长2.5%至3.5%。')).toEqual([
      ['gdp', '2024', 'forecast', null, null, '2.5'],
      ['gdp', '2024', 'forecast', null, null, '3.5'],
    ]);
  });

  it('reads 城乡 before 分别 as the towns’ and the countryside’s, with the growth listed after', () => {
    expect(read('2023年，城乡居民人均可支配收入分别达到6.1万元和3.2万元，分别增长4.5%和6.8%。')).toEqual([
      ['urban_disposable_income', '2023', 'actual', '6.1', '万元', '4.5'],
      ['农村居民人均可支配收入', '2023', 'actual', '3.2', '万元', '6.8'],
    ]);
  });

  it('reads a part of a catalogue indicator (民间固定资产投资) as its own name', () => {
    expect(read('1—2月份，民间固定资产投资1.2万亿元，增长0.4%。')).toEqual([['民间固定资产投资', '2024-01..02', 'actual', '1.2', '万亿元', '0.4']]);
  });

  it('counts visitors and reads 亿斤', () => {
    expect(read('2023年接待旅客1200万人次，粮食产量52亿斤。')).toEqual([
      ['接待旅客', '2023', 'actual', '1200', '万人次', null],
      ['粮食产量', '2023', 'actual', '52', '亿斤', null],
    ]);
  });

  it('gives a figure a title repeats once, from the text', () => {
    const f = read('1—2月份固定资产投资增长4.2%\n1—2月份，全市固定资产投资860亿元，同比增长4.2%。');
    expect(f).toEqual([['fixed_asset_investment', '2024-01..02', 'actual', '860', '亿元', '4.2']]);
  });
});

describe('extractFigures: parts and bases named in the clause before', () => {
  it('names a growth by the part the clause before introduced with 其中', () => {
    expect(read('2023年，服务业增加值增长6.0%，其中金融业恢复较快，增速达9.1%。').map((r) => [r[0], r[5]])).toEqual([
      ['服务业增加值', '6.0'],
      ['金融业', '9.1'],
    ]);
  });

  it('reads a level against a base (相当于2019年同期的80.2%) as the figure before it', () => {
    expect(read('2023年，入境旅客人次增长3.1倍至2100万，相当于2019年同期的80.2%。').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['入境旅客人次', '2100', '万'],
      ['入境旅客人次', '80.2', '%'],
    ]);
  });
});

describe('extractFigures: pulls, units per head, forecasts kept', () => {
  it('names a pull on GDP by what pulls it, and 向下拉动 as negative', () => {
    expect(read('2023年，投资拉动生产总值增长1.1个百分点，净出口向下拉动生产总值0.4个百分点。').map((r) => [r[0], r[3], r[4]])).toEqual([
      [expect.stringMatching(/^投资拉动/), '1.1', '个百分点'],
      [expect.stringMatching(/^净出口向下拉动/), '-0.4', '个百分点'],
    ]);
  });

  it('keeps the denominator of an amount per head (元/人)', () => {
    expect(read('2023年全员劳动生产率为9.5万元/人，比上年提高3.1%。')).toEqual([['全员劳动生产率', '2023', 'actual', '9.5', '万元/人', '3.1']]);
  });

  it('reads a growth forecast kept at a range (经济增长预测维持在2%至3%)', () => {
    expect(read('政府把2024年全年经济增长预测维持在2%至3%。')).toEqual([
      ['gdp', '2024', 'forecast', null, null, '2'],
      ['gdp', '2024', 'forecast', null, null, '3'],
    ]);
  });

  it('gives a quarter named again without its year the year it was named with', () => {
    expect(read('2024年第一季生产总值上升2.7%，2023年第四季则上升4.3%。与对上季度比较，第一季生产总值上升2.3%。').map((r) => [r[1], r[5]])).toEqual([
      ['2024-Q1', '2.7'],
      ['2023-Q4', '4.3'],
      ['2024-Q1', '2.3'],
    ]);
  });
});

describe('extractFigures: a text dated in 民國 years', () => {
  it('reads 112年 as 2023 when the text dates itself so, with 成長 as growth and 預測 as a forecast', () => {
    const text = '發布日期：113年2月29日\n112年第4季經濟成長率為4.93%；資本形成實質負成長6.46%。\n預測113年經濟成長率為3.43%，較上次預測下修0.11個百分點。';
    const toSimplified = (s: string) => s.replace(/發/g, '发').replace(/佈/g, '布').replace(/經濟/g, '经济').replace(/長/g, '长').replace(/為/g, '为').replace(/資/g, '资').replace(/實質負/g, '实质负').replace(/預測/g, '预测').replace(/較/g, '较').replace(/個百分點/g, '个百分点');
    const f = extractFigures(text, testContext({ documentDate: '2024-02-29', defaultEntity: CITY, toSimplified }));
    expect(f.map((x) => [x.indicator, x.period, x.kind, x.value, x.unit, x.yoy_pct])).toEqual([
      ['gdp', '2023-Q4', 'actual', null, null, '4.93'],
      ['资本形成', '2023-Q4', 'actual', null, null, '-6.46'],
      ['gdp', '2024', 'forecast', null, null, '3.43'],
      ['gdp', '2024', 'forecast', '-0.11', '个百分点', null],
    ]);
  });

  it('reads no 民國 year in a text that does not date itself so', () => {
    expect(read('建厂112年来，累计产值15亿元。', '2024-03-01')[0]![1]).toBe('2024');
  });
});

describe('extractFigures: forms of a monthly release (the tenth held-out set)', () => {
  it('reads the first months written 首N个月 as the year to date', () => {
    expect(read('2024年首十一个月，出口货值较2023年同期上升8.9%。', '2024-12-24')).toEqual([['出口货值', '2024-01..11', 'actual', null, null, '8.9']]);
  });

  it('reads a completion share of the annual budget (完成年度预算的86.4%) in the period of the figures before it', () => {
    expect(read('1—10月，一般公共预算收入178.2亿元，完成年度预算的86.4%，超时序进度3.1个百分点；其中税收收入142.5亿元。', '2024-11-15').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['general_budget_revenue', '2024-01..10', '178.2'],
      ['年度预算', '2024-01..10', '86.4'],
      ['税收收入', '2024-01..10', '142.5'],
    ]);
  });

  it('reads a share of another figure (相等于进口货值的4.5%) as the figure before it, and 录得 as no part of a name', () => {
    expect(read('11月录得贸易逆差185亿元，相等于进口货值的4.5%。', '2024-12-24').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['贸易逆差', '185', '亿元'],
      ['贸易逆差', '4.5', '%'],
    ]);
  });
});

describe('extractFigures: ranges and written minus signs (the eleventh held-out set)', () => {
  it('reads both ends of a range of amounts, the first taking the unit written after the second (介于530亿至550亿美元)', () => {
    expect(read('预估12月外销订单金额介于530亿至550亿美元之间。', '2024-12-20')).toEqual([
      ['外销订单金额', '2024-12', 'forecast', '530', '亿美元', null],
      ['外销订单金额', '2024-12', 'forecast', '550', '亿美元', null],
    ]);
    expect(read('全年新增上市企业3至5家。').map((r) => [r[3], r[4]])).toEqual([
      ['3', '家'],
      ['5', '家'],
    ]);
  });

  it('reads a growth written as a range, a negative first end included, as a record of each end, named by the figure before', () => {
    expect(read('预估12月外销订单金额介于530亿至550亿美元之间，年增率介于-1.1%至2.6%。', '2024-12-20').slice(2)).toEqual([
      ['外销订单金额', '2024-12', 'forecast', null, null, '-1.1'],
      ['外销订单金额', '2024-12', 'forecast', null, null, '2.6'],
    ]);
  });

  it('keeps a minus written before a rate that is not a growth rate', () => {
    expect(read('2月份，居民消费价格指数为-0.3%。').map((r) => r[3])).toEqual(['-0.3']);
  });
});

describe('extractFigures: forms of news reports and county releases (the twelfth held-out set)', () => {
  it('reads 升 / 跌 / 转跌 as growth words, and 前三季 without 度 as the first three quarters', () => {
    expect(read('全国8月社会消费品零售总额按年升2.1%，按月转跌0.3%。而今年前三季，社会消费品零售总额增3.9%。', '2025-10-20')).toEqual([
      ['retail_sales', '2025-08', 'actual', null, null, '2.1'],
      ['retail_sales', '2025-08', 'actual', null, null, '-0.3'],
      ['retail_sales', '2025-01..09', 'actual', null, null, '3.9'],
    ]);
  });

  it('reads no period, and no year for the text, out of the time since which something holds (2019年5月以来)', () => {
    expect(read('投资年减0.4%，为2019年5月以来首次转负。其中，民间投资年减2.2%。', '2025-10-20').map((r) => r[1])).toEqual(['2025', '2025']);
  });

  it('reads a market expectation set against a growth as a forecast of its own, named by the figure before', () => {
    expect(read('9月规模以上工业增加值年增5.8%，高于预期的5.1%；按月则增长0.4%。', '2025-10-20')).toEqual([
      ['industrial_value_added', '2025-09', 'actual', null, null, '5.8'],
      ['industrial_value_added', '2025-09', 'forecast', null, null, '5.1'],
      ['industrial_value_added', '2025-09', 'actual', null, null, '0.4'],
    ]);
  });

  it('reads the units counted in a 其中 sentence, or listed with 、, as counted like the total before it', () => {
    expect(read('1-9月，全区“四上”单位入库96家。其中工业3家、建筑业41家。', '2024-10-20').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['四上单位入库', '96', '家'],
      ['工业', '3', '家'],
      ['建筑业', '41', '家'],
    ]);
  });

  it('names a rate listed after a rate as the first, and a share written before its name (占比X%的…) by that name', () => {
    expect(read('上半年，三次产业对经济增长贡献率分别为4.1%、60.2%和35.7%。', '2017-07-05').map((r) => [r[0], r[3]])).toEqual([
      ['三次产业对经济增长贡献率', '4.1'],
      ['三次产业对经济增长贡献率', '60.2'],
      ['三次产业对经济增长贡献率', '35.7'],
    ]);
    expect(read('1-9月，占比51.2%的电力供应业同比增长3.5%。', '2024-10-20').map((r) => [r[0], r[3], r[4], r[5]])).toEqual([['电力供应业', '51.2', '%', '3.5']]);
  });

  it('gives a change of a growth rate in points to the figure before it in the sentence, not to a name of the sentence before', () => {
    expect(read('上半年，全县农业总产值完成8.1亿元，增长4.2%。农业增加值完成4.6亿元，增长4.3%，增速同比提高1.1个百分点。', '2017-07-05').slice(-1).map((r) => [r[0], r[3], r[4]])).toEqual([['农业增加值', '1.1', '个百分点']]);
  });
});
