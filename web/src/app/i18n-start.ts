import { addNamespaces, i18n, initI18n } from '../i18n';
import type { Namespace } from '../i18n/namespace';
import type { FeatureManifest } from './feature';
import { PUBLIC_FEATURES } from './public-features';

/**
 * Registers the texts of features: the first call starts i18next (the shell's texts and these
 * features'), later ones add the namespaces; resolves once the current language's texts of these
 * features are there (texts of another language than zh-CN may load on demand, i18n/namespace.ts).
 */
export function registerFeatureTexts(features: readonly Pick<FeatureManifest<Namespace | null>, 'i18n'>[]): Promise<void> {
  const namespaces = features.flatMap((f): Namespace[] => (f.i18n ? [f.i18n] : []));
  if (!i18n.isInitialized && !i18n.isInitializing) {
    initI18n(namespaces);
    return i18n.loadNamespaces(namespaces.map((ns) => ns.name));
  }
  return addNamespaces(namespaces);
}

// The first load: the shell's texts and the public pages' (the sign-in page).
void registerFeatureTexts(PUBLIC_FEATURES);
