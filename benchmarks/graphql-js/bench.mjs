// Times graphql-js on the workload in ../Platform.GraphQL.Benchmarks/Workload: parse, validate, execute
// (synchronous default resolvers over a JSON root value). Prints one line per operation with ops/s and mean µs.
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';

const workload = (name) => readFileSync(new URL(`../Platform.GraphQL.Benchmarks/Workload/${name}`, import.meta.url), 'utf8');
const schema = buildSchema(workload('schema.graphql'));
const source = workload('query.graphql');
const rootValue = JSON.parse(workload('data.json'));
const variableValues = JSON.parse(workload('variables.json'));
const document = parse(source);

const errors = validate(schema, document);
if (errors.length > 0) throw new Error(`workload does not validate: ${errors[0].message}`);
const probe = execute({ schema, document, rootValue, variableValues });
if (probe.errors) throw new Error(`workload does not execute: ${probe.errors[0].message}`);

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

function measure(name, fn) {
  const warmupEnd = performance.now() + 1000;
  while (performance.now() < warmupEnd) fn();
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) fn();
    count += 10;
  }
  const elapsedMs = performance.now() - start;
  const meanUs = (elapsedMs * 1000) / count;
  console.log(`graphql-js ${name.padEnd(8)} ${(count / (elapsedMs / 1000)).toFixed(0).padStart(10)} ops/s ${meanUs.toFixed(2).padStart(10)} µs/op`);
}

measure('parse', () => parse(source));
measure('validate', () => validate(schema, document));
measure('execute', () => execute({ schema, document, rootValue, variableValues }));
