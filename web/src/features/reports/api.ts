import { useQuery } from '@tanstack/react-query';
import { reportListSchema } from '@hongtu/contracts/reports';
import { apiGet } from '../../api/client';

export const reportsKeys = { all: ['reports'] as const };

export function useReportsList() {
  return useQuery({
    queryKey: reportsKeys.all,
    queryFn: ({ signal }) => apiGet('/api/reports', { schema: reportListSchema, signal }),
  });
}
