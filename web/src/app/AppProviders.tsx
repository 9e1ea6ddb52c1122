import { useEffect, type ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import type { Locale } from '@hongtu/contracts';
import { useLanguage } from '../features/auth/public';
import { dayjs } from '../lib/time';
import { cspNonce } from './csp-nonce';
import './global.css';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en: enUS } satisfies Record<Locale, unknown>;
const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };

const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** antd in the UI language (components, date pickers, dayjs) and the App context for messages. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { language } = useLanguage();

  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(DAYJS_LOCALES[language]);
  }, [language]);

  return (
    <ConfigProvider
      locale={ANTD_LOCALES[language]}
      theme={{ token: { fontFamily: FONT_FAMILY, borderRadius: 6 } }}
      // "登录", not "登 录": Chinese labels read (and are found by tests) as written.
      button={{ autoInsertSpace: false }}
      // The style elements antd writes carry the page's nonce: the CSP allows no other inline styles.
      csp={{ nonce: cspNonce() }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
