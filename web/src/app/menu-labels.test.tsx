import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { leaves } from '../i18n/locale-parity';
import type { Namespace } from '../i18n/namespace';
import { FEATURES } from './features';
import { i18n } from './i18n';
import { NavMenu } from './layouts/NavMenu';

const texts = async (ns: Namespace, language: (typeof LANGUAGES)[number]) => {
  const given = ns.resources[language];
  return leaves(typeof given === 'function' ? await given() : given);
};

/** The side menu's link texts as rendered for a role. */
function menuTexts(): string[] {
  const html = renderToString(
    <MemoryRouter initialEntries={['/']}>
      <NavMenu role="city_reviewer" />
    </MemoryRouter>,
  );
  return [...html.matchAll(/<a[^>]*href="[^"]+"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!);
}

describe("the menu's names, kept with the shell (features/<name>/i18n/menu.ts)", () => {
  afterAll(() => i18n.changeLanguage('zh-CN'));

  it('say in every language what the feature calls that page in its own texts', async () => {
    for (const feature of FEATURES) {
      for (const entry of feature.menu) {
        const label = entry.label;
        if (typeof label === 'function') continue;
        expect(feature.i18n, `${entry.key}: a table label belongs to a feature with texts of its own`).not.toBeNull();
        const zhCN = await texts(feature.i18n!, 'zh-CN');
        const keys = [...zhCN].filter(([, text]) => text === label['zh-CN']).map(([key]) => key);
        expect(keys, `${entry.key}: "${label['zh-CN']}" is not among ${feature.name}'s zh-CN texts`).not.toEqual([]);
        for (const language of LANGUAGES) {
          const own = await texts(feature.i18n!, language);
          expect(keys.map((key) => own.get(key)), `${entry.key} in ${language}`).toContain(label[language]);
        }
      }
    }
  });

  it('switch with the language, without the feature texts being needed', async () => {
    expect(menuTexts()).toContain('经济运行总览');
    await i18n.changeLanguage('zh-TW');
    expect(menuTexts()).toEqual(expect.arrayContaining(['經濟運行總覽', '審核調度']));
    await i18n.changeLanguage('en');
    expect(menuTexts()).toEqual(expect.arrayContaining(['Overview', 'Review', 'Targets']));
    expect(menuTexts().some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(false);
  });
});
