import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'release/', 'test-results/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs,cjs}',
      'tests/unit/**/*.ts',
      'tests/e2e/**/*.ts',
      'bench/**/*.ts',
      'bench/**/*.{js,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  // bench:ui's runner hands functions to the page (page.evaluate, addInitScript).
  {
    files: ['bench/ui/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['bench/ui/bare/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  // The process boundaries of DESIGN.md: shared/ is pure, renderer/ and electron/ never meet.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['node:*', 'electron', '../electron/*', '../renderer/*', 'react', 'react-dom'],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', '**/electron/**', 'better-sqlite3'] },
            // Screens read and change data through the hooks and mutations in renderer/data/.
            { group: ['**/data/client'], message: 'Only renderer/data/ talks to the API client.' },
            {
              group: ['**/shared/privacy'],
              message: 'The name check runs in the main process: use renderer/data/privacy.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', '**/electron/**', 'better-sqlite3', 'react-dom'] },
            {
              group: ['**/shared/privacy'],
              message: 'The name check runs in the main process: ask it through the API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/renderer/**', 'react'] }] },
  },
  // One clock: "now" comes from shared/clock.ts (which tests set), never from the wall clock.
  {
    files: ['{electron,renderer,shared,tests,bench}/**/*.{ts,tsx}'],
    // The bare comparison page of bench:ui is plain react-big-calendar, on purpose.
    ignores: ['shared/clock.ts', 'bench/ui/bare/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Ask the clock: now() from shared/clock.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Ask the clock: now() from shared/clock.ts.',
        },
        {
          selector:
            "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local|utc)$/][arguments.length=0]",
          message: 'Ask the clock: nowIn() or todayIn() from shared/clock.ts.',
        },
        // Free text runs right to left when it is written so (an Arabic caption).
        {
          selector:
            "JSXOpeningElement[name.name=/^(input|textarea)$/]:not(:has(JSXAttribute[name.name='type'][value.value=/^(checkbox|radio|date|time|datetime-local|month|week|number|range|color|file|hidden)$/])):not(:has(JSXAttribute[name.name='dir']))",
          message: 'A field people type text into takes dir="auto".',
        },
      ],
    },
  },
);
