import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'e2e/artifacts/**', 'bench/results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Features use each other only through the other feature's public read model (<name>.public.ts).
    files: ['server/src/features/*/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helpers.ts', '**/*-fixtures.ts', '**/*.permission-spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^\\.\\./(?!\\.)[^/]+/(?![^/]+\\.public$)',
          message: 'Import another feature only through its <name>.public.ts (docs/NEW_FEATURE.md).',
        }],
      }],
    },
  },
  // Web features use each other only through the other feature's public.ts: from a file `depth`
  // folders below web/src/features/<name>/, `../` repeated depth + 1 times is web/src/features/.
  ...[0, 1, 2, 3, 4].map((depth) => ({
    files: [`web/src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: `^(\\.\\./){${depth + 1}}(?!\\.)[^/]+/(?!public$)`,
            message: 'Import another web feature only through its public.ts (../<feature>/public).',
          },
          {
            regex: '(^|/)features/[^/]+/(?!public$)',
            message: 'Import another web feature only through its public.ts (../<feature>/public).',
          },
        ],
      }],
    },
  })),
  {
    // The app shell and shared code reach a feature through its public.ts (app/features.ts: its manifest).
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/features/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)features/[^/]+/(?!(public|manifest)$)',
          message: 'Import a web feature only through its public.ts (features/<feature>/public).',
        }],
      }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
