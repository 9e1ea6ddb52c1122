import type { EnterpriseAccountItem, EnterpriseAccountList } from '@hongtu/contracts/enterprise-accounts';
import { enterpriseAccountActions, maskEmail, maskPhone, type EnterpriseAccountStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** How many sign-ups a list shows at once (the newest). */
const LIST_LIMIT = 500;

const COLUMNS = [
  'a.id', 'a.credit_code', 'a.company_name', 'a.contact_name', 'a.contact_email', 'a.contact_phone', 'a.status',
  'a.organisation_id', 'o.name as district_name', 'o.path as district_path', 'a.reject_reason', 'a.created_at', 'a.confirmed_at',
  'e.id as registry_id', 'e.name as registry_name',
] as const;

/** Sign-ups with their district and the registry record of their credit code (linked, or the one it would link to). */
export function accountsWithDistrict(db: Executor) {
  return db.selectFrom('enterprise_accounts as a')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('enterprises as e', (join) => join.on((eb) => eb.or([
      eb('e.id', '=', eb.ref('a.enterprise_id')),
      eb.and([eb('a.enterprise_id', 'is', null), eb('e.credit_code', '=', eb.ref('a.credit_code'))]),
    ])))
    .select(COLUMNS);
}

type Row = Awaited<ReturnType<ReturnType<typeof accountsWithDistrict>['executeTakeFirstOrThrow']>>;

export function toAccountItem(r: Row): EnterpriseAccountItem {
  const status = r.status as EnterpriseAccountStatus;
  return {
    id: r.id, creditCode: r.credit_code, companyName: r.company_name, contactName: r.contact_name,
    contactEmail: r.contact_email ? maskEmail(r.contact_email) : null,
    contactPhone: r.contact_phone ? maskPhone(r.contact_phone) : null,
    status, districtId: r.organisation_id, districtName: r.district_name ?? null,
    registryEnterprise: r.registry_id !== null && r.registry_name !== null ? { id: r.registry_id, name: r.registry_name } : null,
    rejectReason: r.reject_reason, createdAt: r.created_at, confirmedAt: r.confirmed_at,
    actions: enterpriseAccountActions(status),
  };
}

/** The officer's list of sign-ups: its district's (the city: every district's), by status, newest first. */
export function createEnterpriseAccountsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext, status: Exclude<EnterpriseAccountStatus, 'deleted'>): Promise<EnterpriseAccountList> {
      const actor = requireActor(ctx);
      const rows = await accountsWithDistrict(db)
        .where('a.status', '=', status)
        .where('o.path', 'like', `${actor.organisationPath}%`)
        .orderBy('a.id', 'desc')
        .limit(LIST_LIMIT)
        .execute();
      return { items: rows.map(toAccountItem) };
    },
  };
}
export type EnterpriseAccountsReadModel = ReturnType<typeof createEnterpriseAccountsReadModel>;
