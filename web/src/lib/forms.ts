import type { TFunction } from 'i18next';
import type { Messages } from '../i18n/types';

/** The parts of a zod issue the forms use (structural, so the web needs no zod import). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}

/** Anything with zod's safeParse: every contracts schema. */
export interface SafeParser<T = unknown> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

export type ValidationKey = keyof Messages['validation'];
export interface MessageDescriptor {
  key: ValidationKey;
  values?: Record<string, string | number>;
}

/** Custom messages the contracts put on refinements, and the key that says them. */
const CUSTOM: Record<string, ValidationKey> = {
  password_classes: 'passwordClasses',
  code_charset: 'codeCharset',
  username_charset: 'usernameCharset',
  'control characters are not allowed': 'controlCharacters',
};

const num = (v: unknown): number => Number(v);

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Which localized message explains one zod issue about `value` (when known). */
export function describeIssue(issue: IssueLike, value?: unknown): MessageDescriptor {
  const custom = CUSTOM[issue.message];
  if (custom) return { key: custom };
  if (isEmpty(value) && (issue.code === 'invalid_value' || issue.code === 'invalid_type')) return { key: 'required' };
  const isList = issue.origin === 'array' || issue.origin === 'set';
  const isText = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'required' };
    case 'too_small':
      if (isText) return num(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min: num(issue.minimum) } };
      if (isList) return { key: 'tooFewItems', values: { min: num(issue.minimum) } };
      return { key: 'tooSmall', values: { min: num(issue.minimum) } };
    case 'too_big':
      if (isText) return { key: 'tooLong', values: { max: num(issue.maximum) } };
      if (isList) return { key: 'tooManyItems', values: { max: num(issue.maximum) } };
      return { key: 'tooBig', values: { max: num(issue.maximum) } };
    case 'invalid_format':
      return { key: 'invalidFormat' };
    case 'invalid_value':
      return { key: 'invalidValue' };
    default:
      return { key: 'invalid' };
  }
}

export function issueMessage(issue: IssueLike, t: TFunction, value?: unknown): string {
  const { key, values } = describeIssue(issue, value);
  return t(`validation.${key}`, values ?? {});
}

/** Empty inputs mean "not given": optional fields accept them, required ones say so. */
function normalise(value: unknown): unknown {
  return value === '' ? undefined : value;
}

/** An antd Form rule that validates a field with the contracts' own schema for it. */
export function zodRule(schema: SafeParser, t: TFunction) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const input = normalise(value);
      const result = schema.safeParse(input);
      if (!result.success) throw new Error(issueMessage(result.error.issues[0]!, t, input));
    },
  };
}

export interface FieldErrors {
  name: string;
  errors: string[];
}

function groupByField(pairs: { name: string; message: string }[]): FieldErrors[] {
  const byField = new Map<string, string[]>();
  for (const { name, message } of pairs) byField.set(name, [...(byField.get(name) ?? []), message]);
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** Parses a whole form with a request schema: the data to send, or errors per field. */
export function parseForm<T>(
  schema: SafeParser<T>,
  values: Record<string, unknown>,
  t: TFunction,
): { ok: true; data: T } | { ok: false; fields: FieldErrors[] } {
  const input = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, normalise(v)]).filter(([, v]) => v !== undefined));
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const pairs = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    return { name, message: issueMessage(issue, t, issue.path.length === 1 ? input[name] : 'present') };
  });
  return { ok: false, fields: groupByField(pairs) };
}

export interface ServerErrorLike {
  code: string;
  message: string;
  details?: readonly { path: string; message: string }[];
}

const CODE_LIKE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Maps the server's `details[].path` ("body.username", or "username") onto
 * form fields. Details the form has no field for are returned as `unmatched`
 * so the page can show them another way. Some details carry a message code
 * instead of text; those read as the error's own (localized) message.
 */
export function serverFieldErrors(
  error: ServerErrorLike,
  fields: readonly string[],
  translateCode: (code: string) => string | undefined = () => undefined,
): { fields: FieldErrors[]; unmatched: string[] } {
  const pairs: { name: string; message: string }[] = [];
  const unmatched: string[] = [];
  for (const detail of error.details ?? []) {
    const segments = detail.path.split('.');
    const name = segments[0] === 'body' ? segments[1] : segments[0];
    let message = detail.message;
    if (CODE_LIKE.test(message)) message = message === error.code ? error.message : (translateCode(message) ?? error.message);
    if (name && fields.includes(name)) pairs.push({ name, message });
    else unmatched.push(message);
  }
  return { fields: groupByField(pairs), unmatched };
}
