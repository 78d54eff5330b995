// Runs an Apollo Gateway on 127.0.0.1 over the given subgraphs (composed from their SDL), forwarding the caller's
// Authorization header to them. Prints {"url": "..."} once it listens; stops when standard input closes.
// Usage: node gateway.mjs <file with [{ "name", "url", "sdl" }]>
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const services = JSON.parse(readFileSync(process.argv[2], 'utf-8'));
const composition = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
if (composition.errors?.length) {
  console.error(composition.errors.map((error) => error.message).join('\n'));
  process.exit(2);
}

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    if (context.authorization) {
      request.http.headers.set('authorization', context.authorization);
    }
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: composition.supergraphSdl,
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: 0 },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(JSON.stringify({ url }));

process.stdin.resume();
process.stdin.on('end', async () => {
  await server.stop();
  process.exit(0);
});
