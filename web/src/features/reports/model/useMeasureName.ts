import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownMeasure } from './measures';

/** A measure code in the reader's language; an unknown code as it is. */
export function useMeasureName(): (code: string) => string {
  const { t } = useTranslation('reports');
  return useCallback((code: string) => (isKnownMeasure(code) ? t(`measure.${code}`) : code), [t]);
}
