import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://127.0.0.1:3000';

/**
 * The modules of web/src that act when imported (start-up, registrations) rather than only define
 * things, by path under web/src: the build keeps them whole. app/side-effects.test.ts fails when a
 * module acts at its top level and is missing here (the build would drop what it does).
 */
export const APP_MODULES_WITH_SIDE_EFFECTS = [
  'main.tsx',
  'app/i18n-start.ts',
  'app/i18n.ts',
  'app/queryClient.ts',
  'app/router.tsx',
  'components/charts/EChart.tsx',
  'components/charts/echarts.ts',
  'lib/time.ts',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '[\\\\/]');

/**
 * react-router's production build (no development warnings or checks): its package names only the
 * development build, which a bundler would otherwise ship.
 */
const reactRouterProduction = path.join(path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production', 'index.mjs');

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing; index.html is answered by the server with a fresh nonce, never as a file. */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the build, at their
 * best settings, once: the server sends them as they are (server/src/app.ts serveWebApp).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hongtu-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.values(bundle).filter((file) => COMPRESSIBLE.test(file.fileName));
      await Promise.all(
        files.map(async (file) => {
          const source = file.type === 'chunk' ? file.code : file.source;
          const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
          const target = path.join(outDir, file.fileName);
          const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
          await Promise.all([
            brotli(bytes, { params }).then((out) => writeFile(`${target}.br`, out)),
            gzipAsync(bytes, { level: 9 }).then((out) => writeFile(`${target}.gz`, out)),
          ]);
        }),
      );
    },
  };
}

/**
 * Builds to web/dist (served by the server); in development, API calls go to the local server.
 * Each page is its own chunk, loaded on first visit (web/src/app/feature.ts); `node
 * scripts/web-size.mjs` reports what each page loads, from the manifest written here.
 */
export default defineConfig(({ command }) => ({
  plugins: [react(), precompress()],
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // The app's modules and the workspace packages define things and do nothing when imported,
        // but for those listed in APP_MODULES_WITH_SIDE_EFFECTS (and style sheets): a module none
        // of whose exports is used stays out of the bundle. Without this, re-exports such as
        // auth/public.ts would bring dialogs and forms into the sign-in page.
        moduleSideEffects: [
          { test: /\.css$/, sideEffects: true },
          { test: new RegExp(`[\\\\/]web[\\\\/]src[\\\\/](${APP_MODULES_WITH_SIDE_EFFECTS.map(escapeRegExp).join('|')})$`), sideEffects: true },
          { test: /[\\/](web[\\/]src|packages[\\/](domain|contracts)[\\/]src)[\\/]/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            // ECharts (through echarts/core) loads with the dashboards only, never with the login page.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 4 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
}));
