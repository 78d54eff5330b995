// Apollo Gateway behind Apollo Server over a supergraph file, on 127.0.0.1, telemetry off, no Apollo key.
// Usage: node apollo-gateway.mjs <supergraph.graphql> <port>
process.env.APOLLO_TELEMETRY_DISABLED = '1';
delete process.env.APOLLO_KEY;
delete process.env.APOLLO_GRAPH_REF;

const { readFileSync } = await import('node:fs');
const { ApolloGateway } = await import('@apollo/gateway');
const { ApolloServer } = await import('@apollo/server');
const { startStandaloneServer } = await import('@apollo/server/standalone');

const [supergraphPath, port] = process.argv.slice(2);
const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') });
const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
console.log(`apollo-gateway ready at ${url}`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.stop().then(() => process.exit(0)));
}
