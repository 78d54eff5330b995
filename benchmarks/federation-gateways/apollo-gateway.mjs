// Apollo Gateway behind Apollo Server over a supergraph file, on 127.0.0.1, telemetry off, no Apollo key.
// Usage: node apollo-gateway.mjs <supergraph.graphql> <port>
// APOLLO_FORWARD_HEADERS (optional, comma-separated) names client request headers passed on to every subgraph call,
// as our gateway passes X-Media-Key by default; without it nothing is forwarded (Apollo's default).
process.env.APOLLO_TELEMETRY_DISABLED = '1';
delete process.env.APOLLO_KEY;
delete process.env.APOLLO_GRAPH_REF;

const { readFileSync } = await import('node:fs');
const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
const { ApolloServer } = await import('@apollo/server');
const { startStandaloneServer } = await import('@apollo/server/standalone');

const [supergraphPath, port] = process.argv.slice(2);
const forwarded = (process.env.APOLLO_FORWARD_HEADERS ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
const buildService = forwarded.length === 0 ? undefined : ({ url }) => new RemoteGraphQLDataSource({
  url,
  willSendRequest({ request, context }) {
    for (const name of forwarded) {
      const value = context.headers?.[name];
      if (typeof value === 'string') request.http.headers.set(name, value);
    }
  },
});
const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8'), buildService });
const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(port) },
  context: async ({ req }) => ({ headers: req.headers }),
});
console.log(`apollo-gateway ready at ${url}`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.stop().then(() => process.exit(0)));
}
