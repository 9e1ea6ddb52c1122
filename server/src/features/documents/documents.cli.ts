// `hongtu documents ingest-folder <dir> [--organisation CODE] [--user USERNAME]`: a folder of
// documents taken in from the command line through the same path as an upload (documents.folder.ts),
// with a line per file and a summary; the exit code is 1 when any file was refused.
import path from 'node:path';
import type { DocumentFolderResult } from '@hongtu/contracts/documents';
import type { Locale } from '@hongtu/contracts';
import type { DatabaseHandle } from '../../db/connection';
import { AuditTrail } from '../../platform/audit/audit-trail';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import type { RequestContext } from '../../platform/permissions/actor';
import { ingestFolder } from './documents.folder';

export const DOCUMENTS_CLI_USAGE = 'usage: hongtu documents ingest-folder <dir> [--organisation CODE] [--user USERNAME]';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The counts of a folder's run: taken in (new documents and new versions), duplicates, refused. */
export function summariseFolder(result: DocumentFolderResult): { takenIn: number; duplicates: number; refused: number } {
  const takenIn = result.results.filter((r) => r.result && r.result.outcome !== 'duplicate').length;
  const duplicates = result.results.filter((r) => r.result?.outcome === 'duplicate').length;
  return { takenIn, duplicates, refused: result.results.filter((r) => r.error !== null).length };
}

/** One line per file and the summary, as the command prints them. */
export function describeFolder(folder: string, result: DocumentFolderResult): string[] {
  const lines = result.results.map((r) => {
    if (r.error !== null || !r.result) return `refused    ${r.file}: ${r.error ?? ''}`;
    const { outcome, documentId, version, figureCount } = r.result;
    if (outcome === 'duplicate') return `duplicate  ${r.file} (document ${documentId}, already stored)`;
    return `taken in   ${r.file} (document ${documentId}${outcome === 'version' ? `, version ${version}` : ''}, ${figureCount} figures)`;
  });
  const s = summariseFolder(result);
  lines.push(`${folder}: ${result.files} file(s): ${s.takenIn} taken in, ${s.duplicates} duplicate, ${s.refused} refused`);
  return lines;
}

/**
 * Runs `documents <subcommand>`; prints with `print` and returns the exit code. The files are taken
 * in by the user named (--user), else the first active system administrator, for the unit named by
 * its code (--organisation), else that user's own unit; the audit trail names the user.
 */
export async function documentsCommand(database: DatabaseHandle, clock: Clock, args: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  const [sub, folder] = args;
  if (sub !== 'ingest-folder' || !folder || folder.startsWith('--')) throw new Error(DOCUMENTS_CLI_USAGE);
  const { db, dialect } = database;
  const username = option(args, '--user');
  let users = db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.locale', 'o.id as organisation_id', 'o.name', 'o.path', 'o.kind'])
    .where('u.status', '=', 'active');
  users = username ? users.where('u.username', '=', username) : users.where('u.role', '=', 'system_admin');
  const user = await users.orderBy('u.id').executeTakeFirst();
  if (!user) throw new Error(username ? `no active user "${username}"` : 'no active system administrator (hongtu create-admin first, or --user)');
  const code = option(args, '--organisation');
  const unit = code
    ? await db.selectFrom('organisations').select(['id', 'name', 'path', 'kind']).where('code', '=', code).executeTakeFirst()
    : { id: user.organisation_id, name: user.name, path: user.path, kind: user.kind };
  if (!unit) throw new Error(`no organisation with code ${code}`);
  const locale = user.locale as Locale;
  const ctx: RequestContext = {
    actor: {
      userId: user.id, username: user.username, displayName: user.display_name, role: user.role, organisationId: unit.id,
      organisationName: unit.name, organisationPath: unit.path, organisationKind: unit.kind, locale, sessionId: 'cli',
    },
    ip: '127.0.0.1', requestId: 'cli', locale, userAgent: null, audited: false,
  };
  let result: DocumentFolderResult;
  try {
    // npm run hongtu runs in server/: the folder is named from where the command was typed
    result = await ingestFolder({ db, dialect, clock, audit: new AuditTrail(db, dialect, clock) }, ctx, path.resolve(process.env.INIT_CWD ?? process.cwd(), folder));
  } catch (error) {
    // a folder that cannot be read: its message, not its code
    if (error instanceof AppError) throw new Error(translate(error.code, locale, error.params), { cause: error });
    throw error;
  }
  for (const line of describeFolder(folder, result)) print(line);
  return summariseFolder(result).refused > 0 ? 1 : 0;
}
