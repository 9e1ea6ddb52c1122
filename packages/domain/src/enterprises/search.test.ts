import { describe, expect, it } from 'vitest';
import { classifyEnterpriseQuery, initialsKey, pinyinKey, prefixEnd } from './search';

describe('classifyEnterpriseQuery', () => {
  it('takes Latin letters as 拼音 or 首字母, in lower case, spaces and apostrophes dropped', () => {
    expect(classifyEnterpriseQuery(' Wu Han  ')).toEqual({ kind: 'pinyin', prefix: 'wuhan' });
    expect(classifyEnterpriseQuery("xi'an")).toEqual({ kind: 'pinyin', prefix: 'xian' });
    expect(classifyEnterpriseQuery('ＷＨＧＴ')).toEqual({ kind: 'pinyin', prefix: 'whgt' });
  });

  it('takes digits and capitals as the start of a credit code (full-width, lower case and spaces normalised)', () => {
    expect(classifyEnterpriseQuery('９１４２ 0106')).toEqual({ kind: 'code', prefix: '91420106' });
    expect(classifyEnterpriseQuery('91420106ma4k')).toEqual({ kind: 'code', prefix: '91420106MA4K' });
  });

  it('takes anything else as part of the name', () => {
    expect(classifyEnterpriseQuery('钢铁')).toEqual({ kind: 'name', text: '钢铁' });
    expect(classifyEnterpriseQuery('东风 汽车')).toEqual({ kind: 'name', text: '东风 汽车' });
    // a code with a letter the charset never uses (I, O, S, V, Z) is no code
    expect(classifyEnterpriseQuery('91SO')).toEqual({ kind: 'name', text: '91SO' });
    expect(classifyEnterpriseQuery('   ')).toBeUndefined();
  });
});

describe('pinyin keys', () => {
  it('joins syllables without tones into the 拼音 key and takes their first letters as the 首字母', () => {
    const syllables = ['wu', 'han', 'gang', 'tie', 'T', 'C', 'L', 'you', 'xian', 'gong', 'si', '1', '2'];
    expect(pinyinKey(syllables)).toBe('wuhangangtietclyouxiangongsi12');
    expect(initialsKey(syllables)).toBe('whgttclyxgs12');
    expect(pinyinKey(['lǚ', 'yóu'])).toBe('luyou');
  });

  it('ends a prefix range just after every string that starts with it', () => {
    expect(prefixEnd('wuhan')).toBe('wuhao');
    expect('wuhanzzz' < prefixEnd('wuhan') && 'wuhan' >= 'wuhan').toBe(true);
    expect('wuhao' < prefixEnd('wuhan')).toBe(false);
    expect(() => prefixEnd('')).toThrow();
  });
});
