import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { useTranslation } from 'react-i18next';
import type { LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { FEATURES } from './features';
import { knowFeatureTexts } from './i18n-start';
import { PUBLIC_FEATURES } from './public-features';
import { routesIn } from './routes';

// Not app/i18n.ts (which loads every namespace for the other tests): the app's own start, the
// public features' texts first (i18n-start.ts), then the signed-in shell's registration.

function Probe() {
  const { t } = useTranslation('dashboards');
  return <span>{t('menu.dashboard')}</span>;
}

const draw = () =>
  renderToString(
    <Suspense fallback={<span>loading</span>}>
      <Probe />
    </Suspense>,
  );

const ready = () => new Promise<void>((resolve) => (i18n.isInitialized ? resolve() : i18n.on('initialized', () => resolve())));

describe("a feature's texts", () => {
  it('are not loaded with the signed-in shell, and a page using them waits for them instead of showing keys', async () => {
    await ready();
    knowFeatureTexts(FEATURES);
    expect(i18n.hasResourceBundle('zh-CN', 'dashboards')).toBe(false);
    const html = draw();
    expect(html).toContain('loading');
    expect(html).not.toContain('menu.dashboard');
  });

  it('start loading with the route of one of its pages, and the page then shows them', async () => {
    await ready();
    knowFeatureTexts(FEATURES);
    const load = vi.spyOn(i18n, 'loadNamespaces');
    const route = routesIn(FEATURES, 'app', {}).find((r) => r.path === 'dashboard/ranking');
    const loader = route?.loader as (args: LoaderFunctionArgs) => unknown;
    loader({ params: {}, request: new Request('http://localhost/dashboard/ranking'), context: undefined } as LoaderFunctionArgs);
    expect(load).toHaveBeenCalledWith('dashboards');
    await load.mock.results[0]!.value;
    load.mockRestore();
    expect(i18n.hasResourceBundle('zh-CN', 'dashboards')).toBe(true);
    expect(draw()).toContain('经济运行总览');
  });

  it('are given as imports in every language (lazyNamespace) by every feature but the public ones, so the shell never carries them', () => {
    const publicNames: readonly string[] = PUBLIC_FEATURES.map((f) => f.name);
    for (const feature of FEATURES) {
      if (!feature.i18n || publicNames.includes(feature.name)) continue;
      for (const [language, texts] of Object.entries(feature.i18n.resources)) expect(typeof texts, `${feature.name} ${language}`).toBe('function');
    }
  });
});
