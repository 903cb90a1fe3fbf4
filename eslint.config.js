import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The import boundaries (docs/architecture.md, "Where code lives"): shared → features → app in the browser;
// the server takes only the domain and the reader from src/; nothing in product code imports test tooling.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url))
const SHARED = ['hkid', 'i18n', 'ui', 'session', 'reader']
const TOOLING = ['./testing', './e2e', './bench']

const zones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other: move what both need to a shared folder, or compose in src/app.',
  })),
  ...SHARED.map((shared) => ({
    target: `./src/${shared}`,
    from: ['./src/features', './src/app'],
    message: 'Shared code (src/hkid, i18n, ui, session, reader) never imports features or the app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features never import the app.' },
  {
    target: './src',
    from: './server',
    message: 'The browser must not import server code (secrets live there).',
  },
  {
    target: './server',
    from: ['./src/app', './src/features', './src/i18n', './src/ui', './src/session'],
    message: 'The server takes only src/hkid and src/reader from the browser side.',
  },
  {
    target: './testing',
    from: ['./e2e', './bench'],
    message: 'testing/ is shared by e2e and bench, not the reverse.',
  },
]

const productZones = ['./src', './server', './scripts'].map((target) => ({
  target,
  from: TOOLING,
  message: 'Product code never imports test tooling (testing/, e2e/, bench/).',
}))

// Contracts live in src/hkid (docs/architecture.md, "Where contracts live"): features parse with them and
// never define one, and Tencent's card warning codes are written once, by name (src/hkid/card-warnings.ts).
const warningCodeLiteral = {
  selector: "UnaryExpression[operator='-'] > Literal[raw=/^91\\d\\d$/]",
  message: "Name Tencent's card warning code: import it from src/hkid/card-warnings.ts.",
}
const exportedSchema = {
  selector: 'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/Schema$/]',
  message: 'A feature does not define contracts: an exported schema belongs in src/hkid.',
}
// A request body is read only through server/http/read-body.ts, capped while it streams: Hono's own readers
// buffer any body whole before a route can refuse it.
const uncappedBody = {
  selector:
    "CallExpression[callee.object.property.name='req'][callee.property.name=/^(json|text|arrayBuffer|blob|formData|parseBody)$/]",
  message:
    'Read a request body with readBodyWithLimit (server/http/read-body.ts): it is capped while it streams.',
}
// The emulator is a test double: tests, `npm run emulator` and fault injection use it, production never does.
const emulatorZone = {
  target: ['./server', './scripts'],
  from: './server/emulator',
  message:
    'The production path never imports the emulator (tests, `npm run emulator` and fault injection only): ' +
    'use a Recognizer from server/recognizers.',
}

const noClimbing = {
  regex: '^\\.\\./\\.\\./',
  message: 'Import across folders with the #src/, #server/ or #testing/ alias, not ../../.',
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dist-test',
      'dist-device-reader',
      'dist-device-bench-app',
      'node_modules',
      'test-results',
      'playwright-report',
      'testing/.generated',
      // Scratch files of a session (never committed: see .gitignore).
      '**/_*.ts',
      '**/_*.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': ['error', { patterns: [noClimbing] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...zones, ...productZones] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/hkid/card-warnings.ts'],
    rules: { 'no-restricted-syntax': ['error', warningCodeLiteral] },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', warningCodeLiteral, uncappedBody] },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', warningCodeLiteral, exportedSchema] },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/emulator/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...productZones, emulatorZone] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/hkid/**/*.ts', 'src/reader/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noClimbing,
            {
              group: ['react', 'react-dom', 'node:*'],
              message: 'src/hkid and src/reader are pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'server/**/*.ts',
      'scripts/**/*.ts',
      'testing/**/*.ts',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
