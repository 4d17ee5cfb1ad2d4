// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserGlobalsInCore = [
  'window',
  'document',
  'navigator',
  'chrome',
  'browser',
  'location',
  'localStorage',
];

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'test-results/', 'playwright-report/', 'e2e/site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core/ is pure: it runs in the content script, the background, the CLI and unit tests alike.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobalsInCore],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/shared/**',
                '**/background/**',
                '**/content/**',
                '**/popup/**',
                '**/options/**',
                '**/cli/**',
              ],
              message: 'core/ imports nothing from the contexts.',
            },
            {
              group: ['webextension-polyfill', 'node:*', 'fs', 'path'],
              message: 'core/ knows nothing of browsers or Node.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright reads a fixture's dependencies from its destructured first argument, so `{}` means "none".
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Contexts talk through shared/messages.ts, never by importing each other.
    files: ['src/content/**', 'src/popup/**', 'src/options/**', 'src/background/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['webextension-polyfill'],
              message: 'Import the browser API from src/shared/browser.ts.',
            },
          ],
        },
      ],
    },
  },
);
