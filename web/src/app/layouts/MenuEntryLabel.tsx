import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, toLocale } from '../../i18n/languages';
import type { MenuEntry } from '../feature';

/**
 * A menu entry's name in the current language, from its feature's table (or drawn by its
 * component, for the shell's own pages, from the shell's texts).
 */
export function MenuEntryLabel({ label: Label }: Pick<MenuEntry, 'label'>) {
  const { i18n } = useTranslation();
  if (typeof Label === 'function') return <Label />;
  return Label[toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE];
}
