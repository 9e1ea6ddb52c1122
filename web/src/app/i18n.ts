import { FEATURES } from './features';
import { registerFeatureTexts } from './i18n-start';

// For tests, which render at once: the shell's texts and every feature's namespace, loaded before
// the first test runs. The app itself loads the public features' texts first (app/i18n-start.ts),
// and every other feature's with its first page (signed-in.tsx, routes.tsx).
await registerFeatureTexts(FEATURES);

export { i18n } from '../i18n';
