import { useQuery } from '@tanstack/react-query';
import { portalArticlesListSchema } from '@hongtu/contracts/portal-articles';
import { apiGet } from '../../api/client';

export const portalArticlesKeys = { all: ['portal-articles'] as const };

export function usePortalArticlesList() {
  return useQuery({
    queryKey: portalArticlesKeys.all,
    queryFn: ({ signal }) => apiGet('/api/portal-articles', { schema: portalArticlesListSchema, signal }),
  });
}
