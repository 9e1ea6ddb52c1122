// What a reader of the jobs API sees of a job row: its status, progress, attempts and, once it
// failed for good, its error told in the reader's language (never a stack or an unknown code).
import type { JobSummary, Locale } from '@hongtu/contracts';
import { isMessageCode, translate } from '../i18n/messages';
import type { JobRow } from './jobs.table';

export function jobSummary(row: {
  id: number; kind: string; status: JobRow['status']; progress_done: number; progress_total: number | null; progress_phase: string | null;
  attempts: number; max_attempts: number; error_status: number | null; error_code: string | null; error_params_json: string | null;
  created_by: number; created_by_name: string; organisation_id: number; created_at: string; started_at: string | null; finished_at: string | null;
}, locale: Locale): JobSummary {
  return {
    id: row.id, kind: row.kind, status: row.status,
    progress: { done: row.progress_done, total: row.progress_total, phase: row.progress_phase },
    attempts: row.attempts, maxAttempts: row.max_attempts,
    // The last failure, told once the job failed for good (an attempt that will be run again is not an outcome).
    error: row.status === 'failed' && row.error_code !== null ? errorOf(row.error_status ?? 500, row.error_code, row.error_params_json, locale) : null,
    createdBy: row.created_by, createdByName: row.created_by_name, organisationId: row.organisation_id,
    createdAt: row.created_at, startedAt: row.started_at, finishedAt: row.finished_at,
  };
}

function errorOf(status: number, code: string, paramsJson: string | null, locale: Locale) {
  const params = paramsJson ? (JSON.parse(paramsJson) as Record<string, string | number>) : {};
  if (!isMessageCode(code)) return { status: 500, code: 'INTERNAL', message: translate('INTERNAL', locale, { requestId: '' }) };
  return { status, code, message: translate(code, locale, params) };
}
