// Layers: renderer → shared ← electron. A wrong-way import is a lint error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads', 'stream', 'zlib', 'net'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-output', 'test/fixtures/generated', 'renderer/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'shared/ is pure TypeScript: no Node built-ins.'),
            pattern(['electron', 'electron-store', 'electron/*'], 'shared/ must not import electron.'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ must not import from electron/ or renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'renderer/ runs in the browser: no Node built-ins.'),
            pattern(['electron', 'electron-store', 'electron/*'], 'renderer/ must not import electron.'),
            pattern(['**/electron/**'], 'renderer/ reaches the backend only through its client module.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron-store', 'electron/*'], 'The backend is plain Node: no electron import.'),
            pattern(['**/renderer/**', '**/main/**', '**/preload/**'], 'The backend must not import the shell or the UI.'),
          ],
        },
      ],
    },
  },
);
