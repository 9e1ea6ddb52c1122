import { requiresSecondFactor } from '@hongtu/domain';
import type { Executor } from '../database';
import type { DemoAccount } from './demo';

/**
 * The TOTP secret of the demo's accounts whose role requires a second factor (admin, auditor,
 * reviewer): demo data only, published in the README like the demo password, so that anyone
 * trying the demo can add it to an authenticator app. Tests and the e2e journeys compute their
 * codes from it. A real installation has no demo accounts.
 */
export const DEMO_TOTP_SECRET = 'HONGTUDEMOSECRETONLYFORTHEDEMOXX';

/** Enrols the demo accounts whose role requires a second factor, all with DEMO_TOTP_SECRET. */
export async function enrolDemoSecondFactors(trx: Executor, now: string, accounts: readonly DemoAccount[]): Promise<void> {
  const usernames = accounts.filter((a) => requiresSecondFactor(a.role)).map((a) => a.username);
  if (usernames.length === 0) return;
  const users = await trx.selectFrom('users').select('id').where('username', 'in', usernames).execute();
  await trx.insertInto('second_factors')
    .values(users.map((u) => ({ user_id: u.id, secret: DEMO_TOTP_SECRET, confirmed_at: now, last_step: null, created_at: now, updated_at: now })))
    .execute();
}
