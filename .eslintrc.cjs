/** Lint rules, with the import boundaries of docs/architecture.md. */
const uiAndPlatform = ['@tarojs/*', 'react', 'react-dom', 'zustand', 'zustand/*', 'wx-server-sdk']

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended',
  ],
  settings: { react: { version: '18.3' } },
  env: { es2022: true, node: true, browser: true },
  ignorePatterns: [
    'dist/',
    'node_modules/',
    'cloudfunctions/*/index.js',
    '/coverage/',
    '.local-data/',
  ],
  rules: {
    '@typescript-eslint/no-unused-vars': [
      'error',
      { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
    ],
    '@typescript-eslint/no-explicit-any': 'error',
    '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    '@typescript-eslint/no-empty-interface': 'off',
    '@typescript-eslint/no-empty-object-type': 'off',
    '@typescript-eslint/no-require-imports': 'off',
    '@typescript-eslint/no-var-requires': 'off',
    'import/order': [
      'error',
      { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'] },
    ],
    'react/prop-types': 'off',
  },
  overrides: [
    {
      // Pure rules and the contract: no UI framework, no platform SDK.
      files: ['src/domain/**', 'types/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: uiAndPlatform,
                message:
                  'src/domain and types stay free of Taro, React, zustand and wx-server-sdk.',
              },
            ],
          },
        ],
      },
    },
    {
      // The client: never server code; the contract only as types.
      files: ['src/**'],
      excludedFiles: ['src/domain/**'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['**/cloudfunctions/**', '**/local/**', 'wx-server-sdk', '**/database/**'],
                message: 'The client talks to the back end only through services/call-api.ts.',
              },
              {
                group: ['**/types/**'],
                allowTypeImports: true,
                message: 'Import the contract with `import type`.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['test/**', 'scripts/**', 'local/**', 'config/**', '*.js', '*.cjs'],
      rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },
  ],
}
