// Runs answer.mjs over every ../corpus/<area>.jsonl and writes graphql-js's answers to <area>.expected.jsonl.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDirectory = join(here, '..', 'corpus');
const areaFilter = process.argv[2];

for (const file of readdirSync(corpusDirectory).sort()) {
  if (!file.endsWith('.jsonl') || file.endsWith('.expected.jsonl')) continue;
  const area = file.slice(0, -'.jsonl'.length);
  if (areaFilter !== undefined && area !== areaFilter) continue;
  const requests = readFileSync(join(corpusDirectory, file), 'utf8');
  const answers = execFileSync(process.execPath, [join(here, 'answer.mjs')], {
    input: requests,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const crashes = answers.split('\n').filter((line) => line.includes('"crash":'));
  for (const crash of crashes) console.error(`graphql-js crashed: ${crash}`);
  writeFileSync(join(corpusDirectory, `${area}.expected.jsonl`), answers);
  console.log(`${area}: ${answers.trim().split('\n').length} answers`);
}
