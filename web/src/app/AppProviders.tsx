import { useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
// The ES modules of antd's locales (`antd/locale/*` is CommonJS and brings a second copy of the
// date picker's and pagination's texts): zh-CN, and en (antd's own default, there anyway), come
// with the app; zh-TW when chosen.
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from '@hongtu/contracts';
import { useLanguage } from '../features/auth/public';
import { cspNonce } from './csp-nonce';
import { ACCESSIBLE_COMPONENTS, ACCESSIBLE_TOKENS } from './theme';
import './global.css';

const ANTD_LOCALES: Record<Locale, () => Promise<AntdLocale>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  'zh-TW': () => import('antd/es/locale/zh_TW').then((m) => m.default),
  en: () => Promise.resolve(enUS),
};

/**
 * The text every page starts from, as antd's App sets it (colour, size, line height, font); the App
 * itself, with messages and dialogs, comes with the signed-in pages (signed-in.tsx).
 */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}

/** antd in the UI language (components, date pickers, dayjs). */
export function AppProviders({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const [antdLocale, setAntdLocale] = useState<AntdLocale>(zhCN);

  useEffect(() => {
    document.documentElement.lang = language;
    // Dates (dayjs, for the date pickers and the pages' dates) load apart: the sign-in page has none.
    void import('./dayjs-locale').then((m) => m.setDayjsLocale(language));
    let current = true;
    void ANTD_LOCALES[language]().then((locale) => current && setAntdLocale(locale));
    return () => {
      current = false;
    };
  }, [language]);

  return (
    <ConfigProvider
      locale={antdLocale}
      theme={{ token: ACCESSIBLE_TOKENS, components: ACCESSIBLE_COMPONENTS }}
      // "登录", not "登 录": Chinese labels read (and are found by tests) as written.
      button={{ autoInsertSpace: false }}
      // The style elements antd writes carry the page's nonce: the CSP allows no other inline styles.
      csp={{ nonce: cspNonce() }}
    >
      <BaseText>{children}</BaseText>
    </ConfigProvider>
  );
}
