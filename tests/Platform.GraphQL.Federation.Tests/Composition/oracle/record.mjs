// Records @theguild/federation-composition's verdict (composes or not, its error codes, and for a composed set its
// API schema SDL) for every case of
// cases.mjs, generated.mjs and generated-shapes.mjs into ../corpus.json, which the C# corpus test reads. Run: npm ci && node record.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";
import { cases as written } from "./cases.mjs";
import { generatedCases } from "./generated.mjs";
import { generatedShapeCases } from "./generated-shapes.mjs";
import { apiSchemaDivergences, divergences } from "./divergences.mjs";

const cases = [...written, ...generatedCases, ...generatedShapeCases];

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
    ...(errors.length === 0 ? { apiSdl: result.publicSdl } : {}),
  };
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
    expected: verdict(c.subgraphs),
  })),
};
writeFileSync(fileURLToPath(new URL("../corpus.json", import.meta.url)), JSON.stringify(corpus, null, 2) + "\n");
for (const c of corpus.cases) {
  console.log(`${c.expected.composes ? "ok  " : "FAIL"} ${c.name} ${c.expected.codes.join(",")}`);
}
