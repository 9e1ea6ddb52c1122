import { useQuery } from '@tanstack/react-query';
import { projectsListSchema } from '@hongtu/contracts/projects';
import { apiGet } from '../../api/client';

export const projectsKeys = { all: ['projects'] as const };

export function useProjectsList() {
  return useQuery({
    queryKey: projectsKeys.all,
    queryFn: ({ signal }) => apiGet('/api/projects', { schema: projectsListSchema, signal }),
  });
}
