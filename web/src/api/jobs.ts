import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isJobFinished, jobSchema, type Job } from '@hongtu/contracts';
import { apiGet, apiPost } from './client';

// Background jobs (imports, documents, reports): a request that queues one is answered 202 with
// the job; the page follows it here until it is over, then reads its result.

export const jobKeys = { job: (id: number) => ['jobs', id] as const };

/** How often a job still queued or running is read again. */
export const JOB_POLL_MS = 500;

/** Follows a job: read again every JOB_POLL_MS until it succeeded, failed or was cancelled. */
export function useJob(id: number | null) {
  return useQuery({
    queryKey: jobKeys.job(id ?? 0),
    queryFn: () => apiGet(`/api/jobs/${id}`, { schema: jobSchema }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isJobFinished(query.state.data.status) ? false : JOB_POLL_MS),
  });
}

/** Cancels a job that no server has taken yet. */
export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiPost(`/api/jobs/${id}/cancel`, { schema: jobSchema }),
    onSuccess: (job) => queryClient.setQueryData(jobKeys.job(job.id), job),
  });
}

/** The share of a job done, for a progress bar: 100 once it succeeded, below 100 while it runs. */
export function jobPercent(job: Pick<Job, 'status' | 'progress'>): number {
  if (job.status === 'succeeded') return 100;
  const { done, total } = job.progress;
  if (!total || total <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((done / total) * 100)));
}
