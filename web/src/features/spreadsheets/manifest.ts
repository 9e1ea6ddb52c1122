import type { FeatureManifest } from '../../app/feature';
import { spreadsheetsNamespace } from './i18n';

/** The Excel round trip of a month (template, dry-run import, commit): a dialog of the month page, no page of its own. */
export const spreadsheetsFeature: FeatureManifest<typeof spreadsheetsNamespace> = {
  name: 'spreadsheets',
  routes: [],
  menu: [],
  i18n: spreadsheetsNamespace,
};
