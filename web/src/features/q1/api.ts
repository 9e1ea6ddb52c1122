import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { q1BoardSchema, q1WeekFiguresSchema, type PutQ1WeekRequest } from '@hongtu/contracts';
import { apiGet, apiPut } from '../../api/client';
import { currentLanguage } from '../../i18n';

/** Indicator names come back in the UI language, so the language is part of the key. */
export const q1Keys = {
  all: ['q1'] as const,
  board: (year: number) => ['q1', currentLanguage(), year] as const,
};

export function useQ1Board(year: number) {
  return useQuery({
    queryKey: q1Keys.board(year),
    queryFn: ({ signal }) => apiGet(`/api/q1/${year}`, { schema: q1BoardSchema, signal }),
    staleTime: 30_000,
  });
}

export function useSaveQ1Week() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, organisationId, week, body }: { year: number; organisationId: number; week: number; body: PutQ1WeekRequest }) =>
      apiPut(`/api/q1/${year}/${organisationId}/weeks/${week}`, { body, schema: q1WeekFiguresSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: q1Keys.all }),
  });
}
