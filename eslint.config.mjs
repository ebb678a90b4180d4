import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const ELECTRON_PACKAGE = { name: 'electron', message: 'Only the Electron shell files (electron/main: index, window, menu, ipc, dialogs) may import electron.' }
const ELECTRON_FOLDER = { regex: '^(\\.\\./)+electron/', message: 'src/ must not import from electron/: go through the contract (src/shared/contract) and the bridge.' }
const RENDERER_FOLDERS = {
  regex: '^(\\.\\./)+(features|app|grid|components|lib)(/|$)',
  message: 'src/shared must not import the renderer (src/features, src/app, src/grid, src/components, src/lib).'
}
const CONTRACT_FOLDER = { regex: '^(\\.\\./)+(contract|channels|bridge)(/|$)', message: 'Domain code must not import the transport contract.' }
const NODE_BUILTINS = { regex: '^node:', message: 'Domain code is pure: no Node modules.' }
const PURE_DOMAIN_PACKAGES = ['better-sqlite3', 'react', 'react-dom', 'zod', 'exceljs', 'papaparse', 'fs', 'path', 'os'].map((name) => ({
  name,
  message: 'Domain code is pure: no database, UI, file or schema library.'
}))
const SHELL_FOLDER = { regex: '^(\\.\\./)+main(/|$)', message: 'electron/core must not import the Electron shell (electron/main).' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/e2e/.output/**', '.tmp*', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },
  // The floors: which layer may import which. A wrong import fails `npm run lint` (and so
  // `npm test`); test/unit/floors.test.ts proves each rule on a snippet. In flat config a later
  // block replaces a rule's options, so each block below lists every floor of its files.
  {
    // The renderer talks to the core only through the contract (src/shared) and window.kaBridge.
    files: ['src/**'],
    ignores: ['src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE], patterns: [ELECTRON_FOLDER] }] }
  },
  {
    // src/shared is imported by both sides: it may know neither the renderer nor electron/.
    files: ['src/shared/**'],
    ignores: ['src/shared/domain/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE], patterns: [ELECTRON_FOLDER, RENDERER_FOLDERS] }] }
  },
  {
    // Domain code is pure: no UI, no Node, no database, no transport contract.
    files: ['src/shared/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_PACKAGE, ...PURE_DOMAIN_PACKAGES],
          patterns: [ELECTRON_FOLDER, RENDERER_FOLDERS, CONTRACT_FOLDER, NODE_BUILTINS]
        }
      ]
    }
  },
  {
    // The core runs under plain Node (Electron 42 downloads on require) and never reaches into the shell.
    files: ['electron/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE], patterns: [SHELL_FOLDER] }] }
  },
  {
    // Inside the shell, only the files that must talk to Electron import it.
    files: ['electron/main/**'],
    ignores: ['electron/main/index.ts', 'electron/main/window.ts', 'electron/main/menu.ts', 'electron/main/ipc.ts', 'electron/main/dialogs.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_PACKAGE] }] }
  }
)
