import { FEATURES } from './features';
import { registerFeatureTexts } from './i18n-start';

// The shell's texts and every feature's namespace, in zh-CN, zh-TW and en (the app's first load
// registers the public features' alone, app/i18n-start.ts; the rest come with signed-in.tsx).
void registerFeatureTexts(FEATURES);

export { i18n } from '../i18n';
