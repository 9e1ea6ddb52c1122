import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { zhCN } from '../i18n/locales/zh-CN';
import { serverFieldErrors, type FieldErrors } from './forms';

type ApiCode = keyof typeof zhCN.apiCodes;

/**
 * Shows a failed save: the server's per-field details on the form fields
 * (`details[].path` like "body.username"), everything else as a message.
 */
export function useApiFormErrors(form: FormInstance, fields: readonly string[]) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        void message.error(error instanceof Error ? error.message : t('errors.unknown'));
        return;
      }
      const translateCode = (code: string) => (code in zhCN.apiCodes ? t(`apiCodes.${code as ApiCode}`) : undefined);
      const mapped = serverFieldErrors(error, fields, translateCode);
      if (mapped.fields.length > 0) form.setFields(mapped.fields);
      if (mapped.fields.length === 0 || mapped.unmatched.length > 0) void message.error(error.message);
    },
    [form, fields, message, t],
  );
}

/** Puts client-side errors from `parseForm` on the fields. */
export function setFieldErrors(form: FormInstance, fields: readonly FieldErrors[]): void {
  form.setFields([...fields]);
}
