import { creditCodeCheckChar } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/permissions/actor';

/** A valid 统一社会信用代码 from its first 17 characters (the check character computed). */
export function withCheckChar(body: string): string {
  return body + creditCodeCheckChar(body);
}

/** Puts an enterprise straight into the registry (tests only: no audit row, no checks). */
export async function insertEnterprise(db: Executor, values: { organisationId: number; name: string; creditCode: string; pinyin?: string; initials?: string }): Promise<number> {
  const now = '2026-12-01T00:00:00.000Z';
  const row = await db.insertInto('enterprises').values({
    organisation_id: values.organisationId, name: values.name, credit_code: values.creditCode,
    name_pinyin: values.pinyin ?? '', name_initials: values.initials ?? '', created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The context of a request by a demo user, as a use case receives it. */
export async function contextOf(db: Executor, username: string): Promise<RequestContext> {
  const u = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.locale', 'u.organisation_id', 'o.name', 'o.path'])
    .where('u.username', '=', username).executeTakeFirstOrThrow();
  return {
    actor: {
      userId: u.id, username: u.username, displayName: u.display_name, role: u.role, organisationId: u.organisation_id,
      organisationName: u.name, organisationPath: u.path, locale: u.locale, sessionId: 'test',
    },
    ip: '127.0.0.1', requestId: `test-${username}`, locale: 'zh-CN', userAgent: null, audited: false,
  };
}

let codeCounter = 0;
/** A fresh valid credit code (illustrative: a made-up body with its computed check character). */
export function nextCreditCode(district = '420106'): string {
  codeCounter += 1;
  const serial = `${Date.now() % 1_000_000}`.padStart(6, '0') + `${codeCounter}`.padStart(3, '0');
  return withCheckChar(`91${district}${serial.slice(-9)}`);
}
