// Composes a supergraph from running subgraphs with Apollo's composition library: reads each subgraph's
// `_service { sdl }` and writes the supergraph SDL to the output file.
// Usage: node compose.mjs <output.graphql> name=http://127.0.0.1:4201/graphql …
import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const [output, ...pairs] = process.argv.slice(2);
if (!output || pairs.length === 0) {
  console.error('usage: node compose.mjs <output.graphql> name=url …');
  process.exit(2);
}

const services = [];
for (const pair of pairs) {
  const at = pair.indexOf('=');
  const name = pair.slice(0, at);
  const url = pair.slice(at + 1);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = await response.json();
  const sdl = body?.data?._service?.sdl;
  if (typeof sdl !== 'string') {
    console.error(`${name} (${url}) gave no _service.sdl: ${JSON.stringify(body)}`);
    process.exit(1);
  }
  services.push({ name, url, typeDefs: parse(sdl) });
}

const result = composeServices(services);
if (result.errors?.length) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}
writeFileSync(output, result.supergraphSdl);
