import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  checkReportSchema,
  draftSaveResultSchema,
  submissionHistorySchema,
  submissionSchema,
  type FigureInput,
  type Submission,
} from '@hongtu/contracts';
import { apiGet, apiPost, apiPut } from '../../../api/client';
import { reportingKeys } from './keys';

const base = (periodKey: string, organisationId: number) => `/api/submissions/${periodKey}/${organisationId}`;

export function useSubmission(periodKey: string, organisationId: number) {
  return useQuery({
    queryKey: reportingKeys.submission(periodKey, organisationId),
    queryFn: () => apiGet(base(periodKey, organisationId), { schema: submissionSchema }),
    staleTime: 0,
  });
}

export function useHistory(periodKey: string, organisationId: number, enabled: boolean) {
  return useQuery({
    queryKey: reportingKeys.history(periodKey, organisationId),
    queryFn: () => apiGet(`${base(periodKey, organisationId)}/history`, { schema: submissionHistorySchema }),
    enabled,
    staleTime: 0,
  });
}

/** The month as it stood at submission version N (null: not viewing history). */
export function useAsOf(periodKey: string, organisationId: number, version: number | null) {
  return useQuery({
    queryKey: reportingKeys.asOf(periodKey, organisationId, version ?? 0),
    queryFn: () => apiGet(`${base(periodKey, organisationId)}/as-of`, { query: { submissionVersion: version }, schema: submissionSchema }),
    enabled: version !== null,
  });
}

/**
 * Every write answers the month as it is now: it replaces the cached month,
 * and the history and the boards are read again.
 */
function useMonthWrite<V>(periodKey: string, organisationId: number, write: (path: string, variables: V) => Promise<Submission>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => write(base(periodKey, organisationId), variables),
    onSuccess: (submission) => {
      queryClient.setQueryData(reportingKeys.submission(periodKey, organisationId), submission);
      void queryClient.invalidateQueries({ queryKey: reportingKeys.history(periodKey, organisationId) });
      void queryClient.invalidateQueries({ queryKey: reportingKeys.board(periodKey) });
    },
  });
}

export function useSaveFigures(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, figures: FigureInput[]) =>
    apiPut(`${path}/figures`, { body: { figures }, schema: submissionSchema }));
}

/** The grid's save: the valid figures saved as a draft, the refused cells answered with their reasons. */
export function useSaveDraft(periodKey: string, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (figures: FigureInput[]) => apiPost(`${base(periodKey, organisationId)}/draft`, { body: { figures }, schema: draftSaveResultSchema }),
    onSuccess: ({ submission }) => {
      queryClient.setQueryData(reportingKeys.submission(periodKey, organisationId), submission);
      void queryClient.invalidateQueries({ queryKey: reportingKeys.history(periodKey, organisationId) });
      void queryClient.invalidateQueries({ queryKey: reportingKeys.board(periodKey) });
    },
  });
}

/** 撤回: takes a submitted month back before the city acts on it. */
export function useWithdraw(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, version: number) => apiPost(`${path}/withdraw`, { body: { version }, schema: submissionSchema }));
}

export function useSubmit(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, version: number) => apiPost(`${path}/submit`, { body: { version }, schema: submissionSchema }));
}

export function useApprove(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, version: number) => apiPost(`${path}/approve`, { body: { version }, schema: submissionSchema }));
}

export interface ReturnBody {
  version: number;
  reason: string;
  figures?: { indicatorCode: string; reason: string }[];
}

export function useReturn(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, body: ReturnBody) => apiPost(`${path}/return`, { body, schema: submissionSchema }));
}

export function useRevisionRequest(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, body: { version: number; reason: string }) =>
    apiPost(`${path}/revision-request`, { body, schema: submissionSchema }));
}

export function useRevisionDecision(periodKey: string, organisationId: number) {
  return useMonthWrite(periodKey, organisationId, (path, body: { version: number; grant: boolean; reason?: string }) =>
    apiPost(`${path}/revision-decision`, { body, schema: submissionSchema }));
}

/** Dry run of the checks on the given unsaved figures (or the saved ones); writes nothing. */
export function useCheck(periodKey: string, organisationId: number) {
  return useMutation({
    mutationFn: (figures: FigureInput[] | undefined) =>
      apiPost(`${base(periodKey, organisationId)}/check`, { body: figures && figures.length > 0 ? { figures } : {}, schema: checkReportSchema }),
  });
}
