import { i18n, initI18n } from '../i18n';
import { LANGUAGES } from '../i18n/languages';
import type { Namespace } from '../i18n/namespace';
import type { FeatureManifest } from './feature';
import { PUBLIC_FEATURES } from './public-features';

/**
 * Registers the texts of features: the first call starts i18next (the shell's texts and these
 * features'), later ones add namespaces not yet there, in every language, before any page of theirs renders.
 */
export function registerFeatureTexts(features: readonly Pick<FeatureManifest<Namespace | null>, 'i18n'>[]): void {
  const namespaces = features.flatMap((f): Namespace[] => (f.i18n ? [f.i18n] : []));
  if (!i18n.isInitialized && !i18n.isInitializing) {
    initI18n(namespaces);
    return;
  }
  for (const ns of namespaces) {
    for (const language of LANGUAGES) {
      if (!i18n.hasResourceBundle(language, ns.name)) i18n.addResourceBundle(language, ns.name, ns.resources[language]);
    }
  }
}

// The first load: the shell's texts and the public pages' (the sign-in page).
registerFeatureTexts(PUBLIC_FEATURES);
