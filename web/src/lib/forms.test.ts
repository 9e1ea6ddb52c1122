import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createOrganisationRequestSchema, createUserRequestSchema } from '@hongtu/contracts';
import { describeIssue, parseForm, serverFieldErrors, zodRule } from './forms';

/** A stand-in t(): "key|{values}" so tests can see what would be said. */
const t = ((key: string, values?: object) => (values && Object.keys(values).length ? `${key}|${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('describeIssue', () => {
  it('explains the contracts refinements with their own keys', () => {
    const result = createUserRequestSchema.shape.password.safeParse('abcdefgh');
    expect(result.success).toBe(false);
    expect(describeIssue(result.error!.issues[0]!)).toEqual({ key: 'passwordClasses' });
    const code = createOrganisationRequestSchema.shape.code.safeParse('有 空格');
    expect(describeIssue(code.error!.issues[0]!)).toEqual({ key: 'codeCharset' });
  });

  it('turns length limits into tooShort / tooLong with numbers', () => {
    const short = createUserRequestSchema.shape.username.safeParse('ab');
    expect(describeIssue(short.error!.issues[0]!)).toEqual({ key: 'tooShort', values: { min: 3 } });
    const long = createUserRequestSchema.shape.displayName.safeParse('字'.repeat(65));
    expect(describeIssue(long.error!.issues[0]!)).toEqual({ key: 'tooLong', values: { max: 64 } });
  });

  it('says "required" for missing values and empty strings', () => {
    const missing = createUserRequestSchema.shape.role.safeParse(undefined);
    expect(describeIssue(missing.error!.issues[0]!, undefined)).toEqual({ key: 'required' });
    const empty = createUserRequestSchema.shape.displayName.safeParse('   ');
    expect(describeIssue(empty.error!.issues[0]!)).toEqual({ key: 'required' });
  });

  it('covers formats, enum values and unknown codes', () => {
    const division = createOrganisationRequestSchema.shape.divisionCode.safeParse('12');
    expect(describeIssue(division.error!.issues[0]!).key).toBe('invalidFormat');
    const role = createUserRequestSchema.shape.role.safeParse('king');
    expect(describeIssue(role.error!.issues[0]!, 'king').key).toBe('invalidValue');
    expect(describeIssue({ code: 'whatever', path: [], message: 'x' }).key).toBe('invalid');
  });
});

describe('zodRule', () => {
  it('passes valid values and treats an empty optional input as absent', async () => {
    await expect(zodRule(createUserRequestSchema.shape.username, t).validator(null, 'zhang.san')).resolves.toBeUndefined();
    await expect(zodRule(createOrganisationRequestSchema.shape.divisionCode, t).validator(null, '')).resolves.toBeUndefined();
  });

  it('rejects with the localized message', async () => {
    await expect(zodRule(createUserRequestSchema.shape.username, t).validator(null, '')).rejects.toThrow('validation.required');
    await expect(zodRule(createUserRequestSchema.shape.username, t).validator(null, '1abc')).rejects.toThrow('validation.usernameCharset');
  });
});

describe('parseForm', () => {
  it('returns the parsed (trimmed) data', () => {
    const result = parseForm(createUserRequestSchema, {
      username: ' zhang ', displayName: '张三', role: 'district_operator', organisationId: 4, password: 'Abcdef#1',
    }, t);
    expect(result).toEqual({ ok: true, data: { username: 'zhang', displayName: '张三', role: 'district_operator', organisationId: 4, password: 'Abcdef#1' } });
  });

  it('groups issues by field', () => {
    const result = parseForm(createUserRequestSchema, { username: 'ab', displayName: '', password: 'short' }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const names = result.fields.map((f) => f.name).sort();
    expect(names).toEqual(['displayName', 'organisationId', 'password', 'role', 'username']);
    expect(result.fields.find((f) => f.name === 'username')!.errors).toEqual(['validation.tooShort|{"min":3}']);
  });
});

describe('serverFieldErrors', () => {
  const fields = ['username', 'password', 'organisationId'];

  it('maps body.<field> paths onto fields and keeps the server text', () => {
    const mapped = serverFieldErrors({
      code: 'VALIDATION_FAILED', message: '提交的数据不符合要求',
      details: [{ path: 'body.username', message: '用户名太短' }, { path: 'body.username', message: '格式不正确' }, { path: 'body.extra', message: '不允许' }],
    }, fields);
    expect(mapped.fields).toEqual([{ name: 'username', errors: ['用户名太短', '格式不正确'] }]);
    expect(mapped.unmatched).toEqual(['不允许']);
  });

  it('reads a code-like detail as the localized error message', () => {
    const mapped = serverFieldErrors({
      code: 'DUPLICATE_USERNAME', message: '用户名“li”已存在', details: [{ path: 'username', message: 'DUPLICATE_USERNAME' }],
    }, fields);
    expect(mapped.fields).toEqual([{ name: 'username', errors: ['用户名“li”已存在'] }]);
  });

  it('translates other codes when it can', () => {
    const mapped = serverFieldErrors(
      { code: 'VALIDATION_FAILED', message: 'x', details: [{ path: 'organisationId', message: 'NOT_FOUND' }] },
      fields,
      (code) => (code === 'NOT_FOUND' ? '记录不存在' : undefined),
    );
    expect(mapped.fields).toEqual([{ name: 'organisationId', errors: ['记录不存在'] }]);
  });

  it('handles errors without details', () => {
    expect(serverFieldErrors({ code: 'FORBIDDEN', message: 'no' }, fields)).toEqual({ fields: [], unmatched: [] });
  });
});
