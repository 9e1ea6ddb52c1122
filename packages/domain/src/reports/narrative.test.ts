import { describe, expect, it } from 'vitest';
import { districtListParts, growthChange, growthParts, growthTargetParts, indicatorSentence, joinParts, partsText, planSentence, rankParts, timeProgressParts, timeProgressVerdict } from './narrative';
import { amountText, rateText, publishedDifference } from './numbers';

const text = partsText;

describe('indicatorSentence', () => {
  it('writes a district bulletin sentence with every clause', () => {
    const parts = indicatorSentence({
      name: '地区生产总值', unit: 'yi_yuan', decimals: 1,
      ytd: { value: '1660.48', ref: 'ytd' },
      growth: { value: '4.5', ref: 'yoy', stated: true },
      growthChange: { value: growthChange('4.5', '3.2').value, ref: 'chg', against: '上半年' },
      completion: { value: '75.21346', ref: 'cmp' },
      gap: { value: '0.21346', ref: 'gap' },
      rank: { rank: 2, ref: 'rank', groupName: '中心城区' },
    });
    expect(text(parts)).toBe('地区生产总值完成1660.5亿元，同比增长4.5%，增速较上半年提高1.3个百分点，完成年度目标的75.2%，超时序进度0.2个百分点，位列中心城区第二');
    // Every number is its own part with its reference.
    expect(parts.filter((p) => p.ref).map((p) => [p.ref, p.text])).toEqual([
      ['ytd', '1660.5'], ['yoy', '4.5'], ['chg', '1.3'], ['cmp', '75.2'], ['gap', '0.2'], ['rank', '第二'],
    ]);
  });

  it('writes seed 002 as it states the half-year (上半年完成525.69亿元,同比增长8.1%)', () => {
    const parts = indicatorSentence({ name: '', periodWords: '上半年', unit: 'yi_yuan', decimals: 2, ytd: { value: '525.690000' }, growth: { value: '8.1', stated: true } }, { end: true });
    expect(text(parts)).toBe('上半年完成525.69亿元，同比增长8.1%。');
  });

  it('keeps a stated rate with its own decimals (同比增长15.61%) and a comparable basis (同口径同比增长44.7%)', () => {
    expect(text(growthParts({ value: '15.61' }, { stated: true }))).toBe('同比增长15.61%');
    expect(text(growthParts({ value: '15.61' }))).toBe('同比增长15.6%');
    expect(text(indicatorSentence({ name: '', periodWords: '上半年', unit: 'yi_yuan', decimals: 2, ytd: { value: '83.8' }, growth: { value: '44.7', stated: true, basisWords: '同口径' } })))
      .toBe('上半年完成83.8亿元，同口径同比增长44.7%');
  });

  it('writes a fall as 下降 and a nil change as 持平', () => {
    expect(text(growthParts({ value: '-4.7' }))).toBe('同比下降4.7%');
    expect(text(growthParts({ value: '0.04' }))).toBe('与上年同期持平');
    expect(text(growthParts({ value: '-0.3' }, { points: true }))).toBe('同比下降0.3个百分点');
  });

  it('writes a rate indicator with 为 and its change in points, without the change of growth', () => {
    const parts = indicatorSentence({ name: '城镇登记失业率', unit: 'percent', decimals: 2, ytd: { value: '2.81' }, growth: { value: '-0.2' }, growthChange: { value: '1', against: '上半年' } });
    expect(text(parts)).toBe('城镇登记失业率为2.81%，同比下降0.2个百分点');
  });

  it('writes the change of growth from the published rates: 提高 / 回落 / 持平', () => {
    expect(publishedDifference('4.54', '3.16')).toBe('1.3'); // 4.5 − 3.2, not 1.38
    expect(growthChange('3.2', '4.5')).toEqual({ value: '-1.3', sign: -1 });
    const back = indicatorSentence({ name: '固定资产投资', unit: 'yi_yuan', decimals: 2, growthChange: { value: '-0.4', against: '1-8月' } });
    expect(text(back)).toBe('固定资产投资，增速较1-8月回落0.4个百分点');
    expect(text(indicatorSentence({ name: 'X', unit: 'yi_yuan', decimals: 2, growthChange: { value: '0', against: '上半年' } }))).toBe('X，增速与上半年持平');
  });
});

describe('time progress and ranks', () => {
  it.each([
    ['0.2', '超时序进度0.2个百分点', '超时序进度'],
    ['-3.14', '低于时序进度3.1个百分点', '低于时序进度'],
    ['0.04', '与时序进度持平', '与时序进度持平'],
  ])('gap %s → %s', (gap, sentence, verdict) => {
    expect(text(timeProgressParts({ value: gap }))).toBe(sentence);
    expect(timeProgressVerdict(gap)).toBe(verdict);
  });

  it('writes ranks in words, shared ranks as 并列', () => {
    expect(text(rankParts({ rank: 1, groupName: '中心城区' }))).toBe('位列中心城区第一');
    expect(text(rankParts({ rank: 17, groupName: '全市' }))).toBe('位列全市第十七');
    expect(text(rankParts({ rank: 3, tied: true, groupName: '新城区' }))).toBe('并列新城区第三');
    expect(text(rankParts({ rank: 1, groupName: '中心城区', measureWords: '总量' }))).toBe('总量位列中心城区第一');
  });

  it('states growth against the year\'s growth target', () => {
    expect(text(growthTargetParts({ value: '-0.9' }))).toBe('低于年度增长目标0.9个百分点');
    expect(text(growthTargetParts({ value: '0.54' }))).toBe('高于年度增长目标0.5个百分点');
    expect(text(growthTargetParts({ value: '0.01' }))).toBe('与年度增长目标持平');
    const gdp = indicatorSentence({ name: '', periodWords: '上半年', unit: 'yi_yuan', decimals: 2, ytd: { value: '525.69' }, growth: { value: '8.1', stated: true }, growthGap: { value: '-0.9' } });
    expect(text(gdp)).toBe('上半年完成525.69亿元，同比增长8.1%，低于年度增长目标0.9个百分点');
  });
});

describe('districtListParts', () => {
  it('names the districts and counts the rest, the count carrying its reference', () => {
    const parts = districtListParts(['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区'], '超时序进度', { ref: 'n' });
    expect(text(parts!)).toBe('江岸区、江汉区等5个区超时序进度');
    expect(parts!.find((p) => p.ref === 'n')?.text).toBe('5');
    expect(text(districtListParts(['江岸区'], '亮红牌')!)).toBe('江岸区亮红牌');
    expect(districtListParts([], '亮红牌')).toBeNull();
  });
});

describe('planSentence', () => {
  it('writes the plans of seed 002', () => {
    const fai = planSentence({ name: '全社会固定资产投资', unit: 'yi_yuan', decimals: 2, amountTarget: { value: '220.00', comparator: 'ge' }, growthTarget: { value: '10', comparator: 'ge' } });
    expect(text(fai!)).toBe('全年全社会固定资产投资计划完成220亿元以上，增长10%以上');
    const gdp = planSentence({ name: '地区生产总值', unit: 'yi_yuan', decimals: 2, growthTarget: { value: '9', comparator: 'ge' } }, { end: true });
    expect(text(gdp!)).toBe('全年地区生产总值计划增长9%以上。');
    const funds = planSentence({ name: '招商引资总额', unit: 'yi_yuan', decimals: 2, amountTarget: { value: '540', comparator: 'ge' } });
    expect(text(funds!)).toBe('全年招商引资总额计划完成540亿元以上');
    const unemployment = planSentence({ name: '城镇登记失业率', unit: 'percent', decimals: 2, amountTarget: { value: '3.20', comparator: 'le' } });
    expect(text(unemployment!)).toBe('全年城镇登记失业率控制在3.2%以内');
    expect(planSentence({ name: 'X', unit: 'yi_yuan', decimals: 2 })).toBeNull();
    const revenue = planSentence({ name: '地方公共财政预算收入', unit: 'yi_yuan', decimals: 2, growthTarget: { value: '10', comparator: 'ge' }, growthBasisWords: '同口径' });
    expect(text(revenue!)).toBe('全年地方公共财政预算收入计划同口径增长10%以上');
  });
});

describe('numbers', () => {
  it('rounds half-up exactly, without floats', () => {
    expect(amountText('1202.000000', 2)).toBe('1202');
    expect(amountText('0.125', 2)).toBe('0.13');
    expect(amountText('1.983', 3)).toBe('1.983');
    expect(rateText('2.05')).toBe('2.1'); // a float would give 2.0
    expect(rateText('9.570', { stated: true })).toBe('9.57');
  });

  it('joins word parts and keeps number parts apart', () => {
    expect(joinParts([{ text: 'a' }, { text: 'b' }, { text: '1', ref: 'r' }, { text: '' }, { text: 'c' }])).toEqual([{ text: 'ab' }, { text: '1', ref: 'r' }, { text: 'c' }]);
  });
});
