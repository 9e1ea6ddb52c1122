// A folder of documents taken in one file after another (the CLI's entry, or the job kind
// documents.ingest-folder): each file is its own transaction, so a refused file is reported and the
// others are kept; a run again stores nothing twice (each file is a duplicate then).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_LIMITS, type JobProgress } from '@hongtu/contracts';
import type { DocumentFolderResult } from '@hongtu/contracts/documents';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import type { RequestContext } from '../../platform/permissions/actor';
import { createDocumentIngest } from './documents.ingest';

export type FolderIngestDeps = Pick<Deps, 'db' | 'dialect' | 'clock' | 'audit'>;

const READABLE = /\.(txt|md|markdown|html?|shtml|docx|pdf)$/i;

/** The readable files under a folder (its subfolders too), in name order, at most DOCUMENT_LIMITS.folderFiles. */
export async function listDocumentFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    throw new AppError(422, 'DOCUMENT_FOLDER', { path: folder });
  }
  return entries.filter((e) => e.isFile() && READABLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name)).sort().slice(0, DOCUMENT_LIMITS.folderFiles);
}

/**
 * Takes in every readable file of a folder for the caller's unit, reporting progress after each;
 * a file refused (too large, no text layer, another language …) is listed with its message.
 */
export async function ingestFolder(
  deps: FolderIngestDeps, ctx: RequestContext, folder: string,
  progress: (p: JobProgress) => Promise<void> = async () => {},
): Promise<DocumentFolderResult> {
  const files = await listDocumentFiles(folder);
  const ingest = createDocumentIngest(deps);
  const results: DocumentFolderResult['results'] = [];
  await progress({ done: 0, total: files.length, phase: 'ingest' });
  for (const [i, file] of files.entries()) {
    const name = path.relative(folder, file);
    try {
      const { size } = await stat(file);
      if (size > DOCUMENT_LIMITS.uploadBytes) throw new AppError(413, 'DOCUMENT_TOO_LARGE', { limit: `${DOCUMENT_LIMITS.uploadBytes / 1024 / 1024}` });
      const result = await ingest(ctx, { buffer: await readFile(file), fileName: path.basename(file) });
      results.push({ file: name, result, error: null });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      results.push({ file: name, result: null, error: translate(error.code, ctx.locale, error.params) });
    }
    await progress({ done: i + 1, total: files.length, phase: 'ingest' });
  }
  return { files: files.length, results };
}
