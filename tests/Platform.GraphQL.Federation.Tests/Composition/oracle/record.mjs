// Records @theguild/federation-composition's verdict (composes or not, its error codes, and for a composed set its
// API schema SDL and the planner facts of its supergraph, see joins.mjs) for every case of
// cases.mjs and the generated-*.mjs families into ../corpus.json, which the C# corpus test reads. Run: npm ci && node record.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";
import { cases as written } from "./cases.mjs";
import { generatedCases } from "./generated.mjs";
import { generatedInterfaceCases } from "./generated-interfaces.mjs";
import { generatedShapeCases } from "./generated-shapes.mjs";
import { apiSchemaDivergences, divergences } from "./divergences.mjs";
import { joins } from "./joins.mjs";

const cases = [...written, ...generatedCases, ...generatedShapeCases, ...generatedInterfaceCases];

function verdict(subgraphs) {
  let services;
  try {
    services = subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: `http://127.0.0.1/${s.name}` }));
  } catch (error) {
    return { composes: false, codes: ["INVALID_GRAPHQL"], messages: [String(error.message)] };
  }
  const result = composeServices(services);
  const errors = result.errors ?? [];
  return {
    composes: errors.length === 0,
    codes: [...new Set(errors.map((e) => e.extensions?.code ?? "UNKNOWN"))].sort(),
    messages: errors.map((e) => e.message),
    ...(errors.length === 0 ? { apiSdl: result.publicSdl, joins: joins(result.supergraphSdl) } : {}),
  };
}

// Generated cases keep the codes but not the messages, to keep the corpus file small.
function compact(name, expected) {
  if (!/^(generated|shapes|interfaces)-/.test(name)) return expected;
  const { messages, ...rest } = expected;
  return rest;
}

const unknown = [...Object.keys(divergences), ...Object.keys(apiSchemaDivergences)].filter((name) => !cases.some((c) => c.name === name));
if (unknown.length) throw new Error(`divergences.mjs names cases that do not exist: ${unknown.join(", ")}`);

const corpus = {
  oracle: "@theguild/federation-composition " + (await import("@theguild/federation-composition/package.json", { with: { type: "json" } })).default.version,
  cases: cases.map((c) => ({
    name: c.name,
    ...(divergences[c.name] ? { divergence: divergences[c.name] } : {}),
    ...(apiSchemaDivergences[c.name] ? { apiSchemaDivergence: apiSchemaDivergences[c.name] } : {}),
    subgraphs: c.subgraphs,
    expected: compact(c.name, verdict(c.subgraphs)),
  })),
};
// One case per line: small, and a re-record shows as a per-case diff.
const body = corpus.cases.map((c) => "  " + JSON.stringify(c)).join(",\n");
writeFileSync(
  fileURLToPath(new URL("../corpus.json", import.meta.url)),
  `{\n"oracle": ${JSON.stringify(corpus.oracle)},\n"cases": [\n${body}\n]}\n`,
);
for (const c of corpus.cases) {
  console.log(`${c.expected.composes ? "ok  " : "FAIL"} ${c.name} ${c.expected.codes.join(",")}`);
}
