// Runs graphql-js's validation rule tests (TypeScript sources of src/validation/__tests__) against recording mocks
// and writes every (rule, document, schema) case they check to cases.json. Usage:
//   GRAPHQL_JS_TESTS=<dir with *-test.ts and harness.ts> node extract-cases.mjs <out.json> [Rule-test.ts ...]
// Needs the `typescript` package resolvable from this folder (npm install --no-save typescript).
import ts from 'typescript';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const oracle = process.env.ORACLE ?? '/work/oracle/node_modules/graphql';
const testsDir = process.env.GRAPHQL_JS_TESTS;
const [outFile, ...requested] = process.argv.slice(2);
const files = requested.length ? requested : readdirSync(testsDir).filter((f) => f.endsWith('Rule-test.ts'));
const work = join(tmpdir(), 'graphql-validation-cases');
mkdirSync(work, { recursive: true });

const mocks = {
  'recorder.mjs': `
    export const cases = [];
    export const schemaSdl = new WeakMap();
    export const ctx = { names: [], file: '' };
    export function record(c) { cases.push({ ...c, file: ctx.file, name: ctx.names.join(' > ') }); }`,
  'mock-mocha.mjs': `
    import { ctx } from './recorder.mjs';
    export function describe(name, fn) { ctx.names.push(name); try { fn(); } finally { ctx.names.pop(); } }
    export function it(name, fn) { ctx.names.push(name); try { fn(); } catch (e) { console.error('failed:', ctx.names.join(' > '), e.message); } finally { ctx.names.pop(); } }`,
  'mock-chai.mjs': `
    const p = new Proxy(function () {}, { get: () => p, apply: () => p });
    export const expect = () => p;`,
  'mock-graphql.mjs': `
    import * as g from '${oracle}/index.mjs';
    import { record, schemaSdl } from './recorder.mjs';
    export * from '${oracle}/index.mjs';
    export { KnownArgumentNamesOnDirectivesRule } from '${oracle}/validation/rules/KnownArgumentNamesRule.mjs';
    export { ProvidedRequiredArgumentsOnDirectivesRule } from '${oracle}/validation/rules/ProvidedRequiredArgumentsRule.mjs';
    export function buildSchema(sdl, options) { const s = g.buildSchema(sdl, options); schemaSdl.set(s, sdl); return s; }
    export function validate(schema, doc, rules, options) {
      if (rules?.length === 1 && doc.loc) record({ kind: 'exec', schema, rule: rules[0], query: doc.loc.source.body, hideSuggestions: options?.hideSuggestions ?? false });
      return g.validate(schema, doc, rules, options);
    }
    export function expectJSON() { return { toDeepEqual() {} }; }
    export const identityFunc = (x) => x;`,
  'mock-harness.mjs': `
    import * as g from '${oracle}/index.mjs';
    import { record, schemaSdl } from './recorder.mjs';
    import { readFileSync } from 'node:fs';
    const sdl = readFileSync(${JSON.stringify(join(testsDir, 'harness.ts'))}, 'utf8').match(/buildSchema\\(\`([\\s\\S]*?)\`\\)/)[1];
    export const testSchema = g.buildSchema(sdl);
    schemaSdl.set(testSchema, null);
    const ok = { toDeepEqual() {} };
    export function expectValidationErrorsWithSchema(schema, rule, queryStr, hideSuggestions = false) { record({ kind: 'exec', schema, rule, query: queryStr, hideSuggestions }); return ok; }
    export function expectValidationErrors(rule, queryStr, hideSuggestions = false) { return expectValidationErrorsWithSchema(testSchema, rule, queryStr, hideSuggestions); }
    export function expectSDLValidationErrors(schema, rule, sdlStr) { record({ kind: 'sdl', schema, rule, query: sdlStr }); return ok; }`,
};
for (const [name, text] of Object.entries(mocks)) writeFileSync(join(work, name), text);

const { cases, ctx, schemaSdl } = await import(pathToFileURL(join(work, 'recorder.mjs')));
const g = await import(`${oracle}/index.mjs`);
for (const file of files) {
  const source = readFileSync(join(testsDir, file), 'utf8');
  let js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  js = js.replace(/from '([^']+)'/g, (_, spec) =>
    spec === 'mocha' ? "from './mock-mocha.mjs'"
      : spec === 'chai' ? "from './mock-chai.mjs'"
        : spec === './harness.js' ? "from './mock-harness.mjs'"
          : "from './mock-graphql.mjs'");
  const out = join(work, file.replace('.ts', '.mjs'));
  writeFileSync(out, js);
  ctx.file = file;
  await import(pathToFileURL(out));
}

const result = cases.map((c) => {
  let sdl = null;
  if (c.schema) sdl = schemaSdl.has(c.schema) ? schemaSdl.get(c.schema) : g.printSchema(c.schema);
  return { file: c.file, name: c.name, kind: c.kind, rule: c.rule.name, query: c.query, schemaSdl: sdl, hideSuggestions: c.hideSuggestions ?? false };
});
writeFileSync(outFile, JSON.stringify(result, null, 1));
console.log(result.length, 'cases');
