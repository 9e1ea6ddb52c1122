import { describe, expect, it } from 'vitest';
import { reportPeriodSchema } from '@hongtu/contracts/reports';
import { defaultPeriod, parseReportPeriod, periodKeyOf, periodNumberLabel, periodNumbers, reportPeriodLabel, withForm, type PeriodForm } from './periods';

describe('period keys', () => {
  it('writes every choice as the contract accepts it and reads it back', () => {
    for (const form of ['month', 'quarter', 'half', 'span'] as PeriodForm[]) {
      for (const n of periodNumbers(form)) {
        const key = periodKeyOf({ form, year: 2022, n });
        expect(reportPeriodSchema.safeParse(key).success, key).toBe(true);
        expect(parseReportPeriod(key)).toEqual({ form, year: 2022, n });
      }
    }
    expect([periodKeyOf({ form: 'month', year: 2022, n: 9 }), periodKeyOf({ form: 'quarter', year: 2022, n: 3 }), periodKeyOf({ form: 'half', year: 2017, n: 1 }), periodKeyOf({ form: 'span', year: 2022, n: 9 })])
      .toEqual(['2022-09', '2022-Q3', '2017-H1', '2022-01..09']);
  });

  it('refuses a number outside its form and keys of no form', () => {
    expect(() => periodKeyOf({ form: 'quarter', year: 2022, n: 5 })).toThrow(RangeError);
    expect(() => periodKeyOf({ form: 'span', year: 2022, n: 1 })).toThrow(RangeError);
    expect(parseReportPeriod('2022-13')).toBeNull();
    expect(parseReportPeriod('2022-Q5')).toBeNull();
    expect(parseReportPeriod('2022-02..09')).toBeNull();
  });
});

describe('period labels', () => {
  it('names periods as the reports do, in every language', () => {
    expect(['2022-09', '2022-Q3', '2017-H1', '2017-H2', '2022-01..09'].map((k) => reportPeriodLabel(k, 'zh-CN')))
      .toEqual(['2022年9月', '2022年第三季度', '2017年上半年', '2017年下半年', '2022年1—9月']);
    expect(['2022-09', '2022-Q3', '2017-H1', '2022-01..09'].map((k) => reportPeriodLabel(k, 'en'))).toEqual(['Sep 2022', 'Q3 2022', 'H1 2017', 'Jan–Sep 2022']);
    expect(reportPeriodLabel('2022-Q4', 'zh-TW')).toBe('2022年第四季度');
    expect(reportPeriodLabel('whatever', 'zh-CN')).toBe('whatever');
    expect(periodNumberLabel('span', 6, 'zh-CN')).toBe('1—6月');
  });
});

describe('default and changed forms', () => {
  it('starts at the previous month, or the last span that ended', () => {
    const oct = new Date(2022, 9, 20);
    expect(defaultPeriod('monthly-bulletin', oct)).toEqual({ form: 'month', year: 2022, n: 9 });
    expect(defaultPeriod('execution-report', oct)).toEqual({ form: 'quarter', year: 2022, n: 3 });
    expect(defaultPeriod('ranking-notice', new Date(2023, 0, 5))).toEqual({ form: 'month', year: 2022, n: 12 });
    expect(defaultPeriod('execution-report', new Date(2023, 1, 5))).toEqual({ form: 'quarter', year: 2022, n: 4 });
  });

  it('carries the year and the last month to another form', () => {
    const q3 = { form: 'quarter' as const, year: 2022, n: 3 };
    expect(withForm(q3, 'span')).toEqual({ form: 'span', year: 2022, n: 9 });
    expect(withForm(q3, 'half')).toEqual({ form: 'half', year: 2022, n: 1 });
    expect(withForm({ form: 'month', year: 2022, n: 1 }, 'quarter')).toEqual({ form: 'quarter', year: 2022, n: 1 });
    expect(withForm({ form: 'month', year: 2022, n: 1 }, 'span')).toEqual({ form: 'span', year: 2022, n: 2 });
    expect(withForm({ form: 'half', year: 2017, n: 2 }, 'month')).toEqual({ form: 'month', year: 2017, n: 12 });
  });
});
