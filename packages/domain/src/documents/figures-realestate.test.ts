import { describe, expect, it } from 'vitest';
import { readerOf } from './test-context';

// Forms of real-estate releases read since the thirty-ninth held-out set (figures invented).
const readAs = (name: string, key: string) => readerOf({ name, key }, ['indicator', 'period', 'value', 'unit', 'yoy_pct']);

describe('extractFigures: forms of real-estate releases', () => {
  it('reads ﹒ as a decimal point and a wire\'s lines wrapped inside a sentence as one line', () => {
    const wire = '《经济通通讯社驻京记者15日北京专电》国家统计局公布，１－８月，全国房地产\n\n开发投资５０３０９亿元（人民币．下同），同比下降１１﹒９％，降幅较１－７月扩大０﹒８\n\n个百分点；其中，住宅投资３６３８２亿元，下降１０﹒９％。';
    expect(readAs('全国', 'CN')(wire, '2025-09-15')).toEqual([
      ['real_estate_investment', '2025-01..08', '50309', '亿元', '-11.9'],
      ['real_estate_investment', '2025-01..08', '-0.8', '个百分点', null],
      ['住宅投资', '2025-01..08', '36382', '亿元', '-10.9'],
    ]);
  });

  it('gives a heading\'s figure once, from the text (a title, a line between ＊), and reads 1月—8月, areas in 万平米 and a developer\'s funds', () => {
    const text = '前8月全市商品房销售面积降6.8%\n\n1月—8月，本市房地产开发投资1349.04亿元。商品房销售面积993.31万平方米，下降6.8%。\n\n＊首8月房地产开发企业到位资金降7％＊\n\n1-8月，房地产开发企业到位资金54318亿元，同比下降7.0%。8月底，全市商品房待售面积1138.7万平米，比去年同期减少469.0万平方米，减少30.5%。';
    expect(readAs('上海市', '310000')(text, '2012-09-18')).toEqual([
      ['real_estate_investment', '2012-01..08', '1349.04', '亿元', null],
      ['商品房销售面积', '2012-01..08', '993.31', '万平方米', '-6.8'],
      ['房地产开发企业到位资金', '2012-01..08', '54318', '亿元', '-7.0'],
      ['商品房待售面积', '2012-08', '1138.7', '万平米', '-30.5'],
      ['商品房待售面积', '2012-08', '-469.0', '万平方米', null],
    ]);
  });

  it('reads 完成投资 as the investment of what is named before it, and the fixed-asset investment where nothing is', () => {
    expect(readAs('河北省', '130000')('1-8月，全省房地产企业开发完成投资3102.0亿元，增长4.3%；工业完成投资820亿元，增长6.1%。1-8月完成投资5200亿元，增长3%。', '2017-09-20')).toEqual([
      ['real_estate_investment', '2017-01..08', '3102.0', '亿元', '4.3'],
      ['industrial_investment', '2017-01..08', '820', '亿元', '6.1'],
      ['fixed_asset_investment', '2017-01..08', '5200', '亿元', '3'],
    ]);
  });
});
