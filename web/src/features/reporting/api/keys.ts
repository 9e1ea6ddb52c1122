/** Query keys of the reporting feature; everything under ['reporting'] can be invalidated at once. */
export const reportingKeys = {
  all: ['reporting'] as const,
  indicators: ['reporting', 'indicators'] as const,
  periods: ['reporting', 'periods'] as const,
  board: (periodKey: string) => ['reporting', 'board', periodKey] as const,
  month: (periodKey: string, organisationId: number) => ['reporting', 'month', periodKey, organisationId] as const,
  submission: (periodKey: string, organisationId: number) => ['reporting', 'month', periodKey, organisationId, 'current'] as const,
  history: (periodKey: string, organisationId: number) => ['reporting', 'month', periodKey, organisationId, 'history'] as const,
  asOf: (periodKey: string, organisationId: number, version: number) => ['reporting', 'month', periodKey, organisationId, 'asOf', version] as const,
};
