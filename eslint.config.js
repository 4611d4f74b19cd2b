import tseslint from 'typescript-eslint';

/** Module boundaries: each layer imports only what is below it or beside it in shared/. */
const fence = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const noClient = { group: ['**/client/**'], message: 'the server must not import client code: what both need lives in shared/' };
const noServer = { group: ['**/server/**'], message: 'the client must not import server code: what both need lives in shared/' };
const noSocket = { group: ['**/socket/**'], message: 'socket/ is an edge: what it shares with this module lives in server/ or shared/' };
/** The stemmer and stop lists run on the server: no screen's bundle carries them (docs/architecture.md "Words"). */
const noStemmer = { group: ['**/shared/words/wordKey', '@orama/*'], message: 'word keys are made on the server: the phone\'s bundle must not carry the stemmer' };
const noHttp = { group: ['**/http/**', '!**/shared/http/**'], message: 'http/ is an edge: what it shares with this module lives in server/ or shared/' };

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', '.test-build/', 'node_modules/', 'data/', '.bench/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The domain stays pure: no server, UI, network or storage code in shared/.
  fence(
    ['shared/**/*.ts'],
    [
      { group: ['**/server/**', '**/client/**'], message: 'shared/ must not import server or client code' },
      { group: ['express', 'socket.io', 'socket.io-client', 'react', 'react-dom', 'zustand', 'better-sqlite3', 'node:*'], message: 'shared/ is pure domain code' },
    ],
  ),
  fence(['client/**/*.{ts,tsx}'], [noServer, noStemmer]),
  fence(['server/**/*.ts'], [noClient]),
  // Several nodes are one port behind the hub: the cluster does not reach into the sockets.
  fence(['server/cluster/**/*.ts'], [noClient, noSocket]),
  // The two edges meet only in what they share.
  fence(['server/http/**/*.ts'], [noClient, noSocket]),
  fence(['server/socket/**/*.ts'], [noClient, noHttp]),
);
