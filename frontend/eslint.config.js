// ESLint for the portal: a small set, each rule here for a reason.
// - @eslint/js and typescript-eslint "recommended": mistakes the compiler lets through (unused
//   expressions, `any` leaking in, non-null assertions are allowed where the code proves them).
// - import-x/no-cycle: the screens form a tree (app → features → ui/lib); a cycle, dynamic imports
//   included, makes module order matter and bundles whole features into each other's chunks.
// - import-x/no-restricted-paths: the same layering said outright: nothing below app/ imports
//   the app (its feature registry imports every screen), and ui/ and lib/ know no feature.
// - react-hooks: the rules of hooks, and complete effect dependencies.
// Generated code (src/gql) and build output are not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['src/gql/**', 'node_modules/**', 'test-results/**', 'screenshots/**', 'scripts/**', '../internal/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      // Follow imports into .ts/.tsx files (parsed as TypeScript) so that cycles through them count.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: ['./src/features', './src/ui', './src/lib'], from: './src/app', message: 'app/ imports the screens, not the other way round.' },
            { target: ['./src/ui', './src/lib'], from: './src/features', message: 'ui/ and lib/ are shared: they know no feature.' },
          ],
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Unused code is dead code; `_`-prefixed parameters are placeholders by intent.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
