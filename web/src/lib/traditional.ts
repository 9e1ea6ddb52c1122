import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Data is stored as entered, in Simplified Chinese (organisation names, notes, sources …). In the
// zh-TW interface it is shown in Traditional, converted here at display: OpenCC's Simplified →
// Taiwan standard characters (opencc-js, pure JavaScript). Its dictionary (about 1 MB) is loaded
// the first time zh-TW is chosen, never otherwise; until then text is shown as stored.

type Convert = (text: string) => string;

let loading: Promise<Convert> | undefined;
let loaded: Convert | undefined;

/** The converter, loading it on first use (a failed load is forgotten, so a later call asks again). */
export function loadTraditional(): Promise<Convert> {
  loading ??= import('opencc-js/cn2t').then(
    (m) => {
      const convert = m.Converter({ from: 'cn', to: 'tw' });
      loaded = (text) => convert(text);
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const same: Convert = (text) => text;

/**
 * How a page shows stored text: `const show = useDisplayText(); show(organisation.name)`. In zh-TW
 * it converts to Traditional once the dictionary is there (the page is drawn again then); in zh-CN
 * and en text stays as stored. Text typed by the user is never converted: this is for display only.
 */
export function useDisplayText(): Convert {
  const { i18n } = useTranslation();
  const traditional = i18n.language === 'zh-TW';
  const [convert, setConvert] = useState<Convert | undefined>(() => loaded);
  useEffect(() => {
    if (!traditional || convert) return;
    let current = true;
    void loadTraditional().then((c) => current && setConvert(() => c)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [traditional, convert]);
  return traditional && convert ? convert : same;
}

/**
 * Every string of a read model converted (objects and arrays walked through), everything else as it
 * is. Codes, dates and Latin text have no Chinese to convert and stay the same.
 */
export function convertStrings<T>(data: T, convert: Convert): T {
  if (typeof data === 'string') return convert(data) as T;
  if (Array.isArray(data)) return data.map((item: unknown) => convertStrings(item, convert)) as T;
  if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, convertStrings(value, convert)])) as T;
  }
  return data;
}

/**
 * A query's `select` for a page that only shows its data (the dashboards): in zh-TW, the stored
 * Simplified text of the answer (organisation, indicator and people's names, reasons, notes) in
 * Traditional, once the dictionary is there; elsewhere the answer as it is. Never for data a form
 * sends back.
 */
export function useDisplaySelect<T>(): (data: T) => T {
  const show = useDisplayText();
  return useCallback((data: T) => (show === same ? data : convertStrings(data, show)), [show]);
}
