// Apollo Gateway (IntrospectAndCompose) behind Apollo Server on 127.0.0.1, telemetry off, no Apollo key.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
delete process.env.APOLLO_KEY;
delete process.env.APOLLO_GRAPH_REF;

const { ApolloGateway, IntrospectAndCompose } = await import('@apollo/gateway');
const { ApolloServer } = await import('@apollo/server');
const { startStandaloneServer } = await import('@apollo/server/standalone');

/** Starts the gateway over subgraphs ({ name, url }[]); resolves with { url, supergraphSdl, stop }. */
export async function startApolloGateway(subgraphs, port = 0) {
  let supergraphSdl = '';
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs }),
    logger: { debug() {}, info() {}, warn: console.warn, error: console.error },
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => { supergraphSdl = coreSupergraphSdl; });
  const server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  return { url, supergraphSdl, stop: () => server.stop() };
}
