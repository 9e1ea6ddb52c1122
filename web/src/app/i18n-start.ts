import { addNamespaces, i18n, initI18n, registerNamespaces } from '../i18n';
import type { Namespace } from '../i18n/namespace';
import type { FeatureManifest } from './feature';
import { PUBLIC_FEATURES } from './public-features';

type WithTexts = Pick<FeatureManifest<Namespace | null>, 'i18n'>;

const namespacesOf = (features: readonly WithTexts[]) => features.flatMap((f): Namespace[] => (f.i18n ? [f.i18n] : []));

/**
 * Registers the texts of features and loads them: the first call starts i18next (the shell's texts
 * and these features'), later ones add the namespaces; resolves once the current language's texts
 * of these features are there.
 */
export function registerFeatureTexts(features: readonly WithTexts[]): Promise<void> {
  const namespaces = namespacesOf(features);
  if (!i18n.isInitialized && !i18n.isInitializing) {
    initI18n(namespaces);
    return i18n.loadNamespaces(namespaces.map((ns) => ns.name));
  }
  return addNamespaces(namespaces);
}

/**
 * Makes the features' texts known without loading them (the signed-in shell, signed-in.tsx): each
 * feature's texts load with its first page, in the language chosen (routes.tsx starts them with
 * the page's code; the page suspends until they are there, so no key is ever shown raw).
 */
export function knowFeatureTexts(features: readonly WithTexts[]): void {
  registerNamespaces(namespacesOf(features));
}

// The first load: the shell's texts and the public pages' (the sign-in page).
void registerFeatureTexts(PUBLIC_FEATURES);
