import { creditCodeCheckChar, type EnterpriseAccountStatus } from '@hongtu/domain';
import type { TestApp } from '../../test/test-app';

let serial = 0;
/** A valid credit code of its own for each call (the check character computed). */
export function freshCreditCode(): string {
  serial += 1;
  const body = `9142${String(Date.now() % 1e7).padStart(7, '0')}${String(serial).padStart(6, '0')}`;
  return body + creditCodeCheckChar(body);
}

/** A sign-up of the district with this code, in the status asked (pending_confirmation by default). */
export async function insertAccount(t: TestApp, districtCode: string, options: { status?: EnterpriseAccountStatus; creditCode?: string } = {}): Promise<number> {
  const at = '2026-12-01T00:00:00.000Z';
  const row = await t.database.db.insertInto('enterprise_accounts').values({
    credit_code: options.creditCode ?? freshCreditCode(), company_name: '测试企业有限公司', contact_name: '张三', contact_email: 'zhang@example.com',
    contact_phone: '13812345678', password_hash: null, status: options.status ?? 'pending_confirmation', enterprise_id: null,
    organisation_id: await t.orgId(districtCode), locale: 'zh-CN', consent_at: at, consent_version: 'test', reject_reason: null,
    created_at: at, updated_at: at, confirmed_by: null, confirmed_at: null, deleted_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
