import { initI18n } from '../i18n';
import type { Namespace } from '../i18n/namespace';
import { FEATURES } from './features';

// The shell's texts and every feature's namespace, in zh-CN, zh-TW and en.
initI18n(FEATURES.flatMap((f): Namespace[] => (f.i18n ? [f.i18n] : [])));

export { i18n } from '../i18n';
