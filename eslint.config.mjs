// Lint rules, including the architecture's boundaries:
// shared/ is pure (no Node, DOM, Electron, React, SQLite); renderer/ never reaches Electron or Node;
// only a few files in electron/main may import `electron`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron', 'react', 'react-dom', 'better-sqlite3', 'lexical'].map((name) => ({
            name,
            message: 'shared/ is pure: no Node, DOM, Electron, React, Lexical runtime or SQLite.',
          })),
          patterns: [
            { group: ['@lexical/*', 'react/*', 'react-dom/*'], message: 'shared/ is pure.' },
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ depends on nothing else in the repo.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'The renderer is untrusted web content: it talks to the main process through window.api only.',
          })),
          patterns: [{ group: ['**/electron/**', '**/test/**'], message: 'The renderer imports only renderer/ and shared/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,mts,mjs}', 'test/**/*.ts', '*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Only the Electron glue may import `electron`; use-cases stay testable under plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/{index,window,ipc,menu,dialogs,protocol,lifecycle}.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only the Electron glue files import electron.' }] }],
    },
  },
);
