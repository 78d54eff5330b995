// Records Apollo Gateway's answers to corpus.jsonl as expected.jsonl, and each set's composed supergraph.
// Usage: node record.mjs [--running] [--check]
//   --running: the subgraphs already run (benchmark on 127.0.0.1:4201…, features on 4211…) instead of being started here
//   --check:   record on free ports and compare with expected.jsonl instead of writing it (exit 1 on a difference)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startSubgraphs, runningSubgraphs } from './subgraphs.mjs';
import { startApolloGateway } from './apollo.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const portBases = { benchmark: 4201, features: 4211 };
const running = process.argv.includes('--running');
const check = process.argv.includes('--check');

const corpus = readFileSync(path.join(here, 'corpus.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const ids = new Set();
for (const entry of corpus) {
  if (ids.has(entry.id)) throw new Error(`duplicate corpus id ${entry.id}`);
  if (!(entry.set in portBases)) throw new Error(`corpus entry ${entry.id} names unknown set ${entry.set}`);
  ids.add(entry.id);
}

const answers = new Map();
for (const set of Object.keys(portBases)) {
  const started = running ? null : startSubgraphs(set, check ? 0 : portBases[set]);
  const subgraphs = running ? runningSubgraphs(set, portBases[set]) : await started.ready;
  const gateway = await startApolloGateway(subgraphs);
  try {
    if (!check) writeFileSync(path.join(here, `supergraph.${set}.graphql`), gateway.supergraphSdl.trimEnd() + '\n');
    for (const entry of corpus.filter((e) => e.set === set)) {
      answers.set(entry.id, await post(gateway.url, entry));
    }
  } finally {
    await gateway.stop();
    if (started) await started.stop();
  }
}

const lines = corpus.map((entry) => JSON.stringify({ id: entry.id, ...answers.get(entry.id) }));
if (check) {
  const expected = readFileSync(path.join(here, 'expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const differing = lines.filter((line, i) => line !== expected[i]).map((line) => JSON.parse(line).id);
  if (differing.length > 0 || expected.length !== lines.length) {
    console.error(`Apollo Gateway now answers differently from expected.jsonl: ${differing.join(', ') || 'line count'}`);
    process.exit(1);
  }
  console.log(`all ${lines.length} answers match expected.jsonl`);
} else {
  writeFileSync(path.join(here, 'expected.jsonl'), lines.join('\n') + '\n');
  console.log(`recorded ${lines.length} answers`);
}

async function post(url, { query, variables, operationName }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, response: await response.json() };
}
