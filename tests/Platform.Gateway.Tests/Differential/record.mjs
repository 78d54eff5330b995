// Records Apollo Gateway's answers to corpus.jsonl as expected.jsonl, and each set's composed supergraph.
// Usage: node record.mjs [--running]   (--running: the subgraphs already run, benchmark on 4201…, features on 4211…)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startSubgraphs, runningSubgraphs } from './subgraphs.mjs';
import { startApolloGateway } from './apollo.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const portBases = { benchmark: 4201, features: 4211 };
const running = process.argv.includes('--running');

const corpus = readFileSync(path.join(here, 'corpus.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const ids = new Set();
for (const entry of corpus) {
  if (ids.has(entry.id)) throw new Error(`duplicate corpus id ${entry.id}`);
  if (!(entry.set in portBases)) throw new Error(`corpus entry ${entry.id} names unknown set ${entry.set}`);
  ids.add(entry.id);
}

const answers = new Map();
for (const set of Object.keys(portBases)) {
  const started = running ? null : startSubgraphs(set, portBases[set]);
  const subgraphs = running ? runningSubgraphs(set, portBases[set]) : await started.ready;
  const gateway = await startApolloGateway(subgraphs);
  try {
    writeFileSync(path.join(here, `supergraph.${set}.graphql`), gateway.supergraphSdl.trimEnd() + '\n');
    for (const entry of corpus.filter((e) => e.set === set)) {
      answers.set(entry.id, await post(gateway.url, entry));
    }
  } finally {
    await gateway.stop();
    if (started) await started.stop();
  }
}

const lines = corpus.map((entry) => JSON.stringify({ id: entry.id, ...answers.get(entry.id) }));
writeFileSync(path.join(here, 'expected.jsonl'), lines.join('\n') + '\n');
console.log(`recorded ${lines.length} answers`);

async function post(url, { query, variables, operationName }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, response: await response.json() };
}
