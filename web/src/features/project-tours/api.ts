import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  judgeCandidateListSchema, tourListSchema, tourSchema, type CreateTour, type Tour, type TourScoresInput,
} from '@hongtu/contracts/project-tours';
import { projectListSchema } from '@hongtu/contracts/projects';
import { apiGet, apiPost, apiPut } from '../../api/client';

export const projectToursKeys = {
  all: ['project-tours'] as const,
  list: (page: number) => ['project-tours', 'list', page] as const,
  tour: (id: number) => ['project-tours', 'tour', id] as const,
  candidates: ['project-tours', 'judge-candidates'] as const,
};

export function useTourList(page: number) {
  return useQuery({
    queryKey: projectToursKeys.list(page),
    queryFn: ({ signal }) => apiGet('/api/project-tours', { query: { page, pageSize: 20 }, schema: tourListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTour(id: number) {
  return useQuery({ queryKey: projectToursKeys.tour(id), queryFn: ({ signal }) => apiGet(`/api/project-tours/${id}`, { schema: tourSchema, signal }) });
}

export function useJudgeCandidates(enabled: boolean) {
  return useQuery({ queryKey: projectToursKeys.candidates, enabled, queryFn: ({ signal }) => apiGet('/api/project-tours/judge-candidates', { schema: judgeCandidateListSchema, signal }) });
}

/** The operator's own projects to nominate (the library answers his district's only). */
export function useOwnProjects(enabled: boolean) {
  return useQuery({
    queryKey: ['project-tours', 'own-projects'],
    enabled,
    queryFn: ({ signal }) => apiGet('/api/projects', { query: { pageSize: 100 }, schema: projectListSchema, signal }),
  });
}

export function useCreateTour() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTour) => apiPost('/api/project-tours', { body, schema: tourSchema }),
    onSuccess: (tour) => {
      queryClient.setQueryData(projectToursKeys.tour(tour.id), tour);
      void queryClient.invalidateQueries({ queryKey: ['project-tours', 'list'] });
    },
  });
}

/** A step on a tour (nominate, route, scores, close): the server answers the tour as it now is. */
export function useTourStep(id: number) {
  const queryClient = useQueryClient();
  const done = (tour: Tour) => {
    queryClient.setQueryData(projectToursKeys.tour(id), tour);
    void queryClient.invalidateQueries({ queryKey: ['project-tours', 'list'] });
  };
  return {
    nominate: useMutation({ mutationFn: (projectId: number) => apiPost(`/api/project-tours/${id}/nominations`, { body: { projectId }, schema: tourSchema }), onSuccess: done }),
    route: useMutation({ mutationFn: (stopIds: number[]) => apiPut(`/api/project-tours/${id}/route`, { body: { stopIds }, schema: tourSchema }), onSuccess: done }),
    score: useMutation({
      mutationFn: ({ stopId, body }: { stopId: number; body: TourScoresInput }) => apiPut(`/api/project-tours/${id}/stops/${stopId}/scores`, { body, schema: tourSchema }),
      onSuccess: done,
    }),
    close: useMutation({ mutationFn: () => apiPost(`/api/project-tours/${id}/close`, { schema: tourSchema }), onSuccess: done }),
  };
}
