// The indicators a rule may be assigned to, named in the reader's language (the rule editor's indicator set).
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { indicatorListSchema } from '@hongtu/contracts';
import { apiGet } from '../../api/client';
import { useLanguage } from '../auth/public';

export function useIndicatorNames(): { names: ReadonlyMap<string, string>; options: { value: string; label: string }[]; loading: boolean } {
  const { language } = useLanguage();
  const query = useQuery({
    queryKey: ['warnings', 'indicators'],
    queryFn: async () => (await apiGet('/api/indicators', { schema: indicatorListSchema })).items,
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const items = [...(query.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    return {
      names: new Map(items.map((i) => [i.code, i.names[language]])),
      options: items.map((i) => ({ value: i.code, label: i.names[language] })),
      loading: query.isPending,
    };
  }, [query.data, query.isPending, language]);
}
