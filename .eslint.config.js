// ESLint flat config; kept as a dotfile so the top level holds only what the design card names.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  {
    ignores: ['dist/', 'public/generated/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      // Data is text, never markup: the explorer renders no HTML from strings.
      'svelte/no-at-html-tags': 'error',
      // State holds immutable values that are replaced whole ($state.raw), never mutated in place,
      // so plain Set and Date are right; SvelteSet would track mutations nobody makes.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
