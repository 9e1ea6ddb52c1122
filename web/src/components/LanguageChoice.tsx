import { Button, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../features/auth/public';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';

/**
 * The three languages side by side, each under its own name, the current one marked: the sign-in
 * page's choice. The signed-in header keeps the menu (LanguageSwitch), whose code the sign-in page
 * then need not load.
 */
export function LanguageChoice() {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const { token } = theme.useToken();
  return (
    <Flex role="group" aria-label={t('header.language')} gap={4}>
      {LANGUAGES.map((l) => (
        <Button key={l} type="text" size="small" lang={l} aria-pressed={l === language} onClick={() => void change(l)} style={l === language ? { fontWeight: 600, color: token.colorPrimary } : undefined}>
          {LANGUAGE_NAMES[l]}
        </Button>
      ))}
    </Flex>
  );
}
