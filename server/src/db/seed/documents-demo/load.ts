// The demo's documents: the five seed texts (../documents, origin in its README) taken in as their
// publishers' units would, with every figure read out of them, ready for review and search.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@hongtu/contracts';
import type { DatabaseHandle } from '../../connection';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import type { RequestContext } from '../../../platform/permissions/actor';
import { createDocumentIngest } from '../../../features/documents/documents.public';

/** Which demo account takes in which seed: the city its news, the districts their own reports. */
export const DEMO_DOCUMENTS: readonly { file: string; username: string }[] = [
  { file: '000_0042b9a55ec5e1ea.txt', username: 'reviewer' },
  { file: '001_79771cd17df8b2f6.txt', username: 'reviewer' },
  { file: '002_5f45327f596e6471.txt', username: 'wuchang' },
  { file: '003_920ab4668335f224.txt', username: 'xisaishan' },
  { file: '004_4d2d563e07c3115e.txt', username: 'wuchang' },
];

const SEED_FOLDER = path.resolve(import.meta.dirname, '../documents');

/** Takes in the seed documents once (a database that has documents is left as it is); true when it did. */
export async function seedDocumentsDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db, dialect } = database;
  if (await db.selectFrom('documents').select('id').limit(1).executeTakeFirst()) return false;
  const ingest = createDocumentIngest({ db, dialect, clock, audit: new AuditTrail(db, dialect, clock) });
  for (const { file, username } of DEMO_DOCUMENTS) {
    const user = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'o.id as organisation_id', 'o.name', 'o.path', 'o.kind'])
      .where('u.username', '=', username).executeTakeFirst();
    if (!user) continue;
    const locale: Locale = 'zh-CN';
    const ctx: RequestContext = {
      actor: {
        userId: user.id, username: user.username, displayName: user.display_name, role: user.role, organisationId: user.organisation_id,
        organisationName: user.name, organisationPath: user.path, organisationKind: user.kind, locale, sessionId: 'seed-demo',
      },
      ip: '127.0.0.1', requestId: 'seed-demo', locale, userAgent: null, audited: false,
    };
    await ingest(ctx, { buffer: readFileSync(path.join(SEED_FOLDER, file)), fileName: file });
  }
  return true;
}
