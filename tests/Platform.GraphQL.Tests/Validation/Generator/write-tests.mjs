// Writes the C# xunit test class of one graphql-js rule test file from the cases extract-cases.mjs recorded, with
// expected errors computed by graphql-js on exactly the text the C# raw string literal produces. Usage:
//   GRAPHQL_JS_TESTS=<dir> node write-tests.mjs <cases.json> <Rule-test.ts> <output dir>
// Documents graphql-js parses only with fragment arguments are left out (the engine does not parse them).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const oracle = process.env.ORACLE ?? '/work/oracle/node_modules/graphql';
const g = await import(`${oracle}/index.mjs`);
const kan = await import(`${oracle}/validation/rules/KnownArgumentNamesRule.mjs`);
const pra = await import(`${oracle}/validation/rules/ProvidedRequiredArgumentsRule.mjs`);
const { validateSDL } = await import(`${oracle}/validation/validate.mjs`);
const rules = { ...g, ...kan, ...pra };
const [casesFile, file, outDir] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));
const harnessSdl = readFileSync(join(process.env.GRAPHQL_JS_TESTS, 'harness.ts'), 'utf8').match(/buildSchema\(`([\s\S]*?)`\)/)[1];
const testSchema = g.buildSchema(harnessSdl);

function dedent(text) {
  let lines = text.split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines = lines.slice(1);
  if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines = lines.slice(0, -1);
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)[0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(min))).join('\n');
}
function raw(text, indent) {
  const runs = text.match(/"+/g) ?? [];
  const n = Math.max(3, ...runs.map((r) => r.length + 1));
  const q = '"'.repeat(n);
  const pad = ' '.repeat(indent);
  if (!text.includes('\n') && !text.startsWith('"') && !text.endsWith('"')) return `${q}${text}${q}`;
  return `${q}\n${text.split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n')}\n${pad}${q}`;
}
const csString = (s) => JSON.stringify(s);
function ident(name, used) {
  let id = name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  id = id.charAt(0).toUpperCase() + id.slice(1);
  if (/^[0-9]/.test(id)) id = '_' + id;
  let unique = id, i = 2;
  while (used.has(unique)) unique = `${id}_${i++}`;
  used.add(unique);
  return unique;
}
const mine = cases.filter((c) => c.file === file);
const className = file.replace('Rule-test.ts', 'RuleTests');
const used = new Set();
const ruleFields = new Map();
const methods = [];
let skipped = 0;
for (const c of mine) {
  const text = dedent(c.query);
  let doc;
  try { doc = g.parse(text); } catch { skipped++; continue; }
  const rule = rules[c.rule];
  let schema = testSchema;
  if (c.schemaSdl != null) schema = g.buildSchema(c.schemaSdl);
  else if (c.kind === 'sdl') schema = undefined;
  const errors = c.kind === 'sdl'
    ? validateSDL(doc, schema, [rule])
    : g.validate(schema, doc, [rule], { hideSuggestions: c.hideSuggestions });
  const fieldKey = `${c.kind}:${c.rule}`;
  if (!ruleFields.has(fieldKey)) {
    const cls = c.rule;
    const base = c.rule.replace(/Rule$/, '');
    const fieldName = c.kind === 'sdl' ? `${base}Sdl` : base;
    const type = c.kind === 'sdl' ? 'SdlValidationRuleFactory' : 'ValidationRuleFactory';
    ruleFields.set(fieldKey, { fieldName, decl: `    private static readonly ${type} ${fieldName} = context => new ${cls}(context);` });
  }
  const field = ruleFields.get(fieldKey).fieldName;
  const segs = c.name.split(' > ');
  const name = ident(segs.slice(1).join(' '), used);
  const errLines = errors.map((e) => `        Error(${csString(e.message)}${(e.locations ?? []).map((l) => `, (${l.line}, ${l.column})`).join('')})`);
  const args = [];
  let pre = '';
  let schemaArg = 'TestSchema';
  if (c.schemaSdl != null) {
    pre = `        var schema = SchemaBuilder.Build(\n            ${raw(dedent(c.schemaSdl), 12)});\n`;
    schemaArg = 'schema';
  } else if (c.kind === 'sdl') schemaArg = 'null';
  const call = c.kind === 'sdl' ? 'ExpectSdlErrors' : c.hideSuggestions ? 'ExpectErrorsHidingSuggestions' : 'ExpectErrors';
  const body = [`${field}`, schemaArg, raw(text, 12)].concat(errLines.map((l) => l.trimStart()));
  const callText = `${call}(\n            ${body.join(',\n            ')});`;
  methods.push(`    [Fact]\n    public void ${name}()\n    {\n${pre}        ${callText}\n    }`);
}
const out = `using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's ${file} cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class ${className}
{
${[...ruleFields.values()].map((f) => f.decl).join('\n')}

${methods.join('\n\n')}
}
`;
writeFileSync(`${outDir}/${className}.cs`, out);
console.log(file, methods.length, 'tests,', skipped, 'left out (fragment arguments)');
