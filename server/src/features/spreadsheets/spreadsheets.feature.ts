import { defineFeature } from '../../platform/features/feature';
import { SPREADSHEETS_MESSAGES } from './spreadsheets.messages';
import { spreadsheetRoutes } from './spreadsheets.routes';

/** The spreadsheets feature: see docs/NEW_FEATURE.md for what each entry means. */
export const spreadsheetsFeature = defineFeature({
  name: 'spreadsheets',
  register: spreadsheetRoutes,
  messages: SPREADSHEETS_MESSAGES,
  routeCases: () => import('./spreadsheets.permission-spec').then((m) => m.ROUTE_CASES),
});
