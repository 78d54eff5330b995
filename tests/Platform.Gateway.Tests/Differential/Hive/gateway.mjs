// Hive Gateway (gateway runtime) on 127.0.0.1 over the subgraphs in the JSON file given as argument:
// [{ name, url, sdl }]. Composes them with @theguild/federation-composition, prints {"url": "..."} once it
// listens, and stops when its standard input closes. No usage reporting is configured (none is sent).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const subgraphs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const composed = composeServices(subgraphs.map(s => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
if (composed.errors?.length) {
  process.stderr.write(composed.errors.map(e => e.message).join('\n') + '\n');
  process.exit(1);
}

const gateway = createGatewayRuntime({
  supergraph: composed.supergraphSdl,
  logging: false,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  maskedErrors: false,
});
const server = createServer(gateway);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/graphql` }) + '\n');
});
process.stdin.on('end', async () => {
  server.closeAllConnections();
  server.close();
  await gateway.dispose?.();
  process.exit(0);
});
process.stdin.resume();
