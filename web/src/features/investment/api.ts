import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hongtu/contracts';
import {
  activityListSchema, activitySchema, contractItemSchema, contractProjectSchema, districtListSchema, funnelSchema, investmentSettingsSchema,
  leadContactSchema, leadListSchema, leadSchema, reconciliationSchema, type LeadInput, type LeadListQuery,
} from '@hongtu/contracts/investment';
import { apiDownload, apiGet, apiPost, apiPut, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import { DEFAULT_LANGUAGE, toLocale } from '../../i18n/languages';

export const investmentKeys = {
  all: ['investment'] as const,
  leads: (query: Partial<LeadListQuery>) => ['investment', 'leads', query] as const,
  lead: (id: number) => ['investment', 'lead', id] as const,
  funnel: ['investment', 'funnel'] as const,
  districts: (month: string) => ['investment', 'districts', month] as const,
  reconciliation: (month: string) => ['investment', 'reconciliation', month] as const,
  activities: ['investment', 'activities'] as const,
  activity: (id: number) => ['investment', 'activity', id] as const,
  settings: ['investment', 'settings'] as const,
};

/** The UI language as the domain's formatters take it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
}

export function useLeads(query: Partial<LeadListQuery>) {
  return useQuery({
    queryKey: investmentKeys.leads(query),
    queryFn: ({ signal }) => apiGet('/api/investment/leads', { query: query as Query, schema: leadListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: number) {
  return useQuery({ queryKey: investmentKeys.lead(id), queryFn: ({ signal }) => apiGet(`/api/investment/leads/${id}`, { schema: leadSchema, signal }) });
}

/** The full phone of a lead's contact: read on demand only (the server audits each reading). */
export function readContact(id: number) {
  return apiGet(`/api/investment/leads/${id}/contact`, { schema: leadContactSchema });
}

export function useFunnel() {
  return useQuery({ queryKey: investmentKeys.funnel, queryFn: ({ signal }) => apiGet('/api/investment/funnel', { schema: funnelSchema, signal }) });
}

export function useDistricts(month: string) {
  return useQuery({ queryKey: investmentKeys.districts(month), queryFn: ({ signal }) => apiGet('/api/investment/districts', { query: { month }, schema: districtListSchema, signal }) });
}

export function useReconciliation(month: string) {
  return useQuery({
    queryKey: investmentKeys.reconciliation(month),
    queryFn: ({ signal }) => apiGet('/api/investment/reconciliation', { query: { month }, schema: reconciliationSchema, signal }),
  });
}

export function useActivities() {
  return useQuery({ queryKey: investmentKeys.activities, queryFn: ({ signal }) => apiGet('/api/investment/activities', { query: { pageSize: 200 }, schema: activityListSchema, signal }) });
}

export function useActivity(id: number | null) {
  return useQuery({
    queryKey: investmentKeys.activity(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/investment/activities/${id}`, { schema: activitySchema, signal }),
    enabled: id !== null,
  });
}

export function useSettings() {
  return useQuery({ queryKey: investmentKeys.settings, queryFn: ({ signal }) => apiGet('/api/investment/settings', { schema: investmentSettingsSchema, signal }) });
}

/** Every write of the feature: the answer replaces the lead (when it is one) and the lists are read again. */
export function useInvestmentWrite() {
  const queryClient = useQueryClient();
  const settle = () => void queryClient.invalidateQueries({ queryKey: investmentKeys.all });
  return {
    createLead: useMutation({ mutationFn: (body: Partial<LeadInput>) => apiPost('/api/investment/leads', { body, schema: leadSchema }), onSettled: settle }),
    leadAction: useMutation({
      mutationFn: ({ id, path, body }: { id: number; path: 'move' | 'contacts' | 'contract'; body: Record<string, unknown> }) =>
        apiPost(`/api/investment/leads/${id}/${path}`, { body, schema: leadSchema }),
      onSuccess: (lead) => queryClient.setQueryData(investmentKeys.lead(lead.id), lead),
      onSettled: settle,
    }),
    reportFunds: useMutation({
      mutationFn: ({ id, body }: { id: number; body: Record<string, unknown> }) => apiPost(`/api/investment/contracts/${id}/funds`, { body, schema: contractItemSchema }),
      onSettled: settle,
    }),
    toProject: useMutation({
      mutationFn: ({ id, body }: { id: number; body: Record<string, unknown> }) => apiPost(`/api/investment/contracts/${id}/project`, { body, schema: contractProjectSchema }),
      onSettled: settle,
    }),
    createActivity: useMutation({
      mutationFn: (body: Record<string, unknown>) => apiPost('/api/investment/activities', { body, schema: activityListSchema.shape.items.element }),
      onSettled: settle,
    }),
    saveSettings: useMutation({
      mutationFn: (body: { version: number; staleDays: number }) => apiPut('/api/investment/settings', { body, schema: investmentSettingsSchema }),
      onSettled: settle,
    }),
  };
}

/** The list's leads (its filters) as a workbook; phones masked as in the list. */
export async function downloadLeads(query: Partial<LeadListQuery>) {
  const { blob, filename } = await apiDownload('/api/investment/leads/export.xlsx', { query: query as Query, fallbackName: 'leads.xlsx' });
  downloadBlob(blob, filename);
}
