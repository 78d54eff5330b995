// Composes subgraph SDLs with Apollo's composition; prints { "errors": [...], "supergraphSdl": "..." } as JSON.
// Usage: node compose.mjs <file with [{ "name", "url", "sdl" }]>
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const services = JSON.parse(readFileSync(process.argv[2], 'utf-8'));
const result = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
console.log(JSON.stringify({
  errors: (result.errors ?? []).map((error) => `${error.extensions?.code ?? ''}: ${error.message}`),
  supergraphSdl: result.supergraphSdl ?? null,
}));
