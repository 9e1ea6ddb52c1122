import type { FeatureManifest } from '../../app/feature';
import { referenceFiguresNamespace } from './i18n';

/**
 * 参考数据: no page of its own — its cross-check is shown in the review of a district-month and its
 * acceptance on a document's page (both through public.ts); its texts.
 */
export const referenceFiguresFeature: FeatureManifest<typeof referenceFiguresNamespace> = {
  name: 'reference-figures',
  routes: [],
  menu: [],
  i18n: referenceFiguresNamespace,
};
