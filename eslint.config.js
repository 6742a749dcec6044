import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'fixtures/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Only the action shell may talk to the runner (DESIGN section 1).
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }]
    }
  },
  {
    files: ['src/action/**/*.ts', '__tests__/action/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  }
)
