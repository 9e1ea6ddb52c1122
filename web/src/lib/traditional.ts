import { useEffect, useState } from 'react';
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
