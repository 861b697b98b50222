// Lint rules: typescript-eslint's strict set, plus the architecture's import boundaries.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '**/.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Entrypoints never import each other; shared code lives in utils/ and components/.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './entrypoints', from: './entrypoints', except: ['./'] },
            { target: './utils', from: ['./entrypoints', './components'] },
            { target: './components', from: './entrypoints' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './entrypoints/popup', from: './entrypoints', except: ['./popup'] },
            { target: './entrypoints/options', from: './entrypoints', except: ['./options'] },
            {
              target: './entrypoints/backstory.content',
              from: './entrypoints',
              except: ['./backstory.content'],
            },
            { target: './entrypoints/background.ts', from: './entrypoints', except: ['./background.ts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/e2e/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
