import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale, Me } from '@hongtu/contracts';
import { apiPut } from '../../api/client';
import { DEFAULT_LANGUAGE, rememberLanguage, storedLanguage, toLocale } from '../../i18n/languages';
import { meKey } from './api';

/** Saves the language on the user's account; the UI has already switched, so failures are not shown. */
function saveOnServer(locale: Locale): void {
  apiPut('/api/auth/locale', { body: { locale }, onUnauthorized: 'throw' }).catch(() => undefined);
}

/**
 * The UI language. A choice is remembered on this device and, when signed in,
 * saved on the account so that server messages and exports follow it.
 */
export function useLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language = toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;

  const change = useCallback(
    async (locale: Locale) => {
      rememberLanguage(locale);
      await i18n.changeLanguage(locale);
      const me = queryClient.getQueryData<Me | null>(meKey);
      if (me && me.locale !== locale) {
        queryClient.setQueryData<Me>(meKey, { ...me, locale });
        saveOnServer(locale);
      }
    },
    [i18n, queryClient],
  );

  /**
   * After sign-in: a device without a remembered choice takes the account's
   * language; a device with one tells the account about it.
   */
  const adoptAfterLogin = useCallback(
    async (me: Me) => {
      const stored = storedLanguage();
      if (stored === null) {
        await i18n.changeLanguage(me.locale);
      } else if (stored !== me.locale) {
        queryClient.setQueryData<Me>(meKey, { ...me, locale: stored });
        saveOnServer(stored);
      }
    },
    [i18n, queryClient],
  );

  return { language, change, adoptAfterLogin };
}
