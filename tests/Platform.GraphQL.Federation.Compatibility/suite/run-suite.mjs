// Runs Apollo's federation subgraph compatibility suite against a products subgraph, the way its non-docker mode
// does, with everything on 127.0.0.1 and system-chosen ports: the suite's bundled users and inventory subgraphs, an
// Apollo Gateway composing the three from their _service SDL, then the suite's jest tests.
// Prints one JSON array: [{ "name", "required", "passed", "failures": ["test: message", ...] }].
// Usage: node run-suite.mjs http://127.0.0.1:PORT/graphql
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.APOLLO_TELEMETRY_DISABLED = '1';
delete process.env.APOLLO_KEY;
delete process.env.APOLLO_GRAPH_REF;

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const suiteDir = path.dirname(require.resolve('@apollo/federation-subgraph-compatibility-tests/package.json'));
const { TESTS } = require(path.join(suiteDir, 'dist', 'testRunner.js'));

const productsUrl = process.argv[2];
if (!productsUrl) {
  console.error('usage: node run-suite.mjs <products subgraph url>');
  process.exit(2);
}

const children = [];
const stopAll = () => children.forEach((child) => child.kill());
process.on('exit', stopAll);

/** Starts a bundled subgraph bound to 127.0.0.1 and resolves with the URL it prints once it listens. */
function startSubgraph(name) {
  const script = path.join(suiteDir, 'dist', 'subgraphs', name, 'index.js');
  const child = spawn(process.execPath, ['--require', path.join(here, 'bind-local.cjs'), script], {
    cwd: path.dirname(script),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) {
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the ${name} subgraph exited (${code}) before it was ready:\n${output}`)));
  });
}

async function startGateway(subgraphs) {
  const { ApolloGateway, IntrospectAndCompose } = await import('@apollo/gateway');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs }) });
  const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}

function runJest(routerUrl) {
  const jest = require.resolve('jest/bin/jest');
  const child = spawn(process.execPath, [jest, '--ci', '--json', '--runInBand', '--config', path.join(here, 'jest.config.cjs')], {
    cwd: here,
    env: { ...process.env, ROUTER_URL: routerUrl, PRODUCTS_URL: productsUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(output));
      } catch {
        reject(new Error(`jest exited with ${code} without JSON results:\n${errors}`));
      }
    });
  });
}

let gateway;
try {
  const [usersUrl, inventoryUrl] = await Promise.all([startSubgraph('users'), startSubgraph('inventory')]);
  gateway = await startGateway([
    { name: 'products', url: productsUrl },
    { name: 'users', url: usersUrl },
    { name: 'inventory', url: inventoryUrl },
  ]);
  const results = await runJest(gateway.url);
  const assertions = results.testResults.flatMap((file) =>
    file.assertionResults.length > 0
      ? file.assertionResults
      : [{ ancestorTitles: [], fullName: path.basename(file.name, '.test.js'), status: 'failed', failureMessages: [file.message] }]);
  const report = TESTS.map(({ assertion, required }) => {
    // The suite's own rule: an assertion is a top-level test or a describe block, named as in TESTS.
    const own = assertions.filter((a) => (a.ancestorTitles.length === 0 ? a.fullName : a.ancestorTitles[0]) === assertion);
    const failed = own.filter((a) => a.status !== 'passed');
    return {
      name: assertion,
      required,
      passed: own.length > 0 && failed.length === 0,
      failures: own.length === 0 ? ['no test of this name ran'] : failed.map((a) => `${a.fullName}: ${a.failureMessages.join('\n')}`),
    };
  });
  console.log(JSON.stringify(report, null, 2));
} finally {
  await gateway?.stop();
  stopAll();
}
