import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { mentionsPlace, namesThePlace } from './place-names';
import { testContext } from './test-context';

describe('place names: a short form inside a longer proper name', () => {
  it('is no mention of the place when a proper name\'s head word follows it', () => {
    expect(mentionsPlace('武汉大学经济与管理学院发布报告', '武汉')).toBe(false);
    expect(mentionsPlace('武汉理工大学、武昌火车站', '武汉')).toBe(false);
    expect(mentionsPlace('武昌站改造完成', '武昌')).toBe(false);
    expect(mentionsPlace('武汉钢铁集团产值', '武汉')).toBe(false);
  });

  it('is the place otherwise, and a full name is always the place', () => {
    expect(mentionsPlace('武汉大学的报告说，武汉全年地区生产总值增长', '武汉')).toBe(true);
    expect(mentionsPlace('武汉GDP增长', '武汉')).toBe(true);
    expect(mentionsPlace('武昌区人民医院', '武昌区')).toBe(true);
    expect(namesThePlace('武汉市第一医院', '武汉市', 3)).toBe(true);
    expect(namesThePlace('武汉经济总量', '武汉', 2)).toBe(true);
  });

  it('gives a figure in a university\'s sentence the document\'s subject, not the city', () => {
    const context = testContext({
      documentDate: '2023-01-05',
      defaultEntity: { kind: 'organisation', key: '420106', name: '武昌区' },
      entities: [{ kind: 'organisation', key: '420100', names: ['武汉市', '武汉'] }, { kind: 'organisation', key: '420106', names: ['武昌区', '武昌'] }],
    });
    const [university] = extractFigures('武汉大学科技园全年实现营业收入50亿元。', context);
    expect([university!.entity, university!.value]).toEqual(['武昌区', '50']);
    const [city] = extractFigures('武汉全年实现地区生产总值18866.43亿元。', context);
    expect([city!.entity, city!.value]).toEqual(['武汉市', '18866.43']);
  });
});
