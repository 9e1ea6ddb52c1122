import type { ActivityItem } from '@hongtu/contracts/investment';
import { fromScaled, storageInt, toPlainString } from '@hongtu/domain';
import { sumAmount } from '../../db/columns';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';

const text = (raw: string | null | undefined) => toPlainString(fromScaled(raw === null || raw === undefined ? 0n : storageInt(raw)));

/**
 * 招商活动 in the actor's scope, newest first, with what they produced: the leads they brought and
 * the contracts signed at them, with the signed totals by currency (a 签约大会's list as bulletins
 * report it: "签约项目N个，总金额X亿元").
 */
export async function listActivities(db: Executor, actor: Pick<Actor, 'organisationPath'>, page: number, pageSize: number, id?: number): Promise<{ items: ActivityItem[]; total: number }> {
  let base = db.selectFrom('investment_activities as a').innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .where('o.path', 'like', `${actor.organisationPath}%`);
  if (id !== undefined) base = base.where('a.id', '=', id);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.select(['a.id', 'a.organisation_id', 'o.name as organisation_name', 'a.kind', 'a.name', 'a.held_on', 'a.place'])
    .orderBy('a.held_on', 'desc').orderBy('a.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  if (id !== undefined && rows.length === 0) throw outOfScope();
  const ids = rows.map((r) => r.id);
  const leads = ids.length === 0 ? [] : await db.selectFrom('investment_leads').select((eb) => ['activity_id', eb.fn.countAll<number>().as('n')])
    .where('activity_id', 'in', ids).groupBy('activity_id').execute();
  const contracts = ids.length === 0 ? [] : await db.selectFrom('investment_contracts').select((eb) => ['activity_id', 'currency', eb.fn.countAll<number>().as('n'), sumAmount('amount').as('amount')])
    .where('activity_id', 'in', ids).groupBy(['activity_id', 'currency']).execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => {
      const own = contracts.filter((c) => c.activity_id === r.id);
      return {
        id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, kind: r.kind, name: r.name, heldOn: r.held_on, place: r.place,
        leads: Number(leads.find((l) => l.activity_id === r.id)?.n ?? 0),
        contracts: own.reduce((n, c) => n + Number(c.n), 0),
        signedYiYuan: text(own.find((c) => c.currency === 'yi_yuan')?.amount),
        signedWanUsd: text(own.find((c) => c.currency === 'wan_usd')?.amount),
      };
    }),
  };
}
