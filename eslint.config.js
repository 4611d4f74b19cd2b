import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', '.test-build/', 'node_modules/', 'data/', '.bench/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays pure: no server, UI, network or storage code in shared/.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/client/**'], message: 'shared/ must not import server or client code' },
            { group: ['express', 'socket.io', 'socket.io-client', 'react', 'react-dom', 'zustand', 'better-sqlite3', 'node:*'], message: 'shared/ is pure domain code' },
          ],
        },
      ],
    },
  },
);
