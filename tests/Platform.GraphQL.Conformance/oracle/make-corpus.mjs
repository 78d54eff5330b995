// Writes ../corpus/<area>.jsonl from every cases/*.mjs that exports `area` and `cases`.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDirectory = join(here, '..', 'corpus');
mkdirSync(corpusDirectory, { recursive: true });

const ids = new Set();
let total = 0;
for (const file of readdirSync(join(here, 'cases')).sort()) {
  const module = await import(pathToFileURL(join(here, 'cases', file)).href);
  if (module.area === undefined) continue;
  const lines = module.cases.map((request) => {
    const id = `${module.area}/${request.id}`;
    if (ids.has(id)) throw new Error(`Duplicate case id ${id}`);
    ids.add(id);
    return JSON.stringify({ ...request, id });
  });
  writeFileSync(join(corpusDirectory, `${module.area}.jsonl`), lines.join('\n') + '\n');
  console.log(`${module.area}: ${lines.length} cases`);
  total += lines.length;
}
console.log(`total: ${total} cases`);
