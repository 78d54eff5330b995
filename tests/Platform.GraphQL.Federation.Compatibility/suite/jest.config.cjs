// Runs the compiled tests of @apollo/federation-subgraph-compatibility-tests as they are, with their client module
// pointed at this run's router and products subgraph.
const path = require('node:path');

const suite = path.dirname(require.resolve('@apollo/federation-subgraph-compatibility-tests/package.json'));

module.exports = {
  rootDir: path.join(suite, 'dist', 'tests'),
  testEnvironment: 'node',
  testMatch: ['**/*.test.js'],
  testPathIgnorePatterns: [],
  haste: { retainAllFiles: true },
  transform: {},
  moduleNameMapper: { '^\\.\\./utils/client$': path.join(__dirname, 'client.cjs') },
};
