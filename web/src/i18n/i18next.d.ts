import 'i18next';
import type { FeatureResources } from '../app/features';
import type { zhCN } from './locales/zh-CN';

/** The shell's texts and every feature's namespace, as the feature list (app/features.ts) declares them. */
type Resources = { translation: typeof zhCN } & FeatureResources;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { [N in keyof Resources]: Resources[N] };
  }
}
