import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { warningRuleListSchema, warningRuleSchema, type PutWarningRuleRequest } from '@hongtu/contracts';
import { apiGet, apiPut } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { dashboardKeys } from '../dashboards/public';

/** Preset names come back in the UI language, so the language is part of the key. */
export const warningKeys = {
  all: ['warnings'] as const,
  rules: () => ['warnings', currentLanguage(), 'rules'] as const,
};

export function useWarningRules() {
  return useQuery({
    queryKey: warningKeys.rules(),
    queryFn: async () => (await apiGet('/api/warning-rules', { schema: warningRuleListSchema })).items,
  });
}

/** Saves one rule; rules change every card, so the rules and every dashboard are reloaded after (also after a 409). */
export function usePutWarningRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: PutWarningRuleRequest }) =>
      apiPut(`/api/warning-rules/${encodeURIComponent(code)}`, { body, schema: warningRuleSchema }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: warningKeys.all }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}
