// Deterministically generated subgraph sets (seeded PRNG). Each starts as a valid design — entities owned by one
// subgraph and extended by others with @key, shared fields, @external + @requires, @provides, @override, @inaccessible —
// and half of them then get exactly one mutation that typically breaks a federation rule.
const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible"])\n`;

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A design: per subgraph, per type, an ordered list of fields { name, type, directives[] } plus type-level key/flags.
function design(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const subgraphs = ["s1", "s2", "s3"].slice(0, 2 + Math.floor(random() * 2));
  const types = ["Product", "User", "Review"].slice(0, 1 + Math.floor(random() * 3));
  const schema = Object.fromEntries(subgraphs.map((s) => [s, { query: [], types: {} }]));
  const declare = (s, type) =>
    (schema[s].types[type] ??= { key: 'id', resolvable: true, fields: [{ name: "id", type: "ID!", directives: [] }] });

  types.forEach((type, index) => {
    const owner = subgraphs[index % subgraphs.length];
    const own = declare(owner, type);
    own.fields.push({ name: "name", type: "String", directives: [] }, { name: "weight", type: "Int", directives: [] });
    schema[owner].query.push({ name: `${type.toLowerCase()}s`, type: `[${type}]`, directives: [] });
    for (const other of subgraphs.filter((s) => s !== owner)) {
      if (!chance(0.7)) continue;
      const ext = declare(other, type);
      const extra = `${type.toLowerCase()}${other.toUpperCase()}`;
      if (chance(0.4)) {
        ext.fields.push({ name: "weight", type: "Int", directives: ["@external"] });
        ext.fields.push({ name: extra, type: "Int", directives: ['@requires(fields: "weight")'] });
      } else {
        ext.fields.push({ name: extra, type: pick(["Int", "String", "[String]"]), directives: [] });
      }
      if (chance(0.3)) {
        ext.fields.push({ name: "name", type: "String", directives: ["@shareable"] });
        own.fields.find((f) => f.name === "name").directives.push("@shareable");
      }
      if (chance(0.2)) {
        ext.fields.push({ name: "weight", type: "Int", directives: [`@override(from: "${owner}")`] });
        ext.fields = ext.fields.filter((f, i, all) => !(f.name === "weight" && f.directives.includes("@external") && all.some((g) => g.name === "weight" && g !== f)));
        ext.fields = ext.fields.filter((f) => !f.directives.some((d) => d.startsWith("@requires")));
      }
      if (chance(0.2)) ext.fields.push({ name: `${extra}Hidden`, type: "Int", directives: ["@inaccessible"] });
      if (chance(0.15)) schema[other].query.push({ name: `${type.toLowerCase()}From${other}`, type, directives: [] });
    }
  });

  if (types.length > 1 && chance(0.5)) {
    const [parent, child] = [types[0], types[1]];
    const provider = pick(subgraphs);
    const host = declare(provider, parent);
    const childOwner = subgraphs[1 % subgraphs.length];
    if (provider !== childOwner && !schema[provider].types[child]) {
      const stub = declare(provider, child);
      stub.fields.push({ name: "name", type: "String", directives: ["@external"] });
      host.fields.push({ name: `top${child}`, type: child, directives: ['@provides(fields: "name")'] });
      const ownerName = schema[childOwner].types[child].fields.find((f) => f.name === "name");
      if (!ownerName.directives.includes("@shareable")) ownerName.directives.push("@shareable");
      for (const s of subgraphs) {
        const n = schema[s].types[child]?.fields.find((f) => f.name === "name" && !f.directives.includes("@external"));
        if (n && !n.directives.includes("@shareable")) n.directives.push("@shareable");
      }
    } else {
      host.fields.push({ name: `related${child}`, type: child, directives: [] });
      declare(provider, child);
    }
  }
  return { subgraphs, types, schema };
}

const mutations = [
  ["drop-shareable", (d, pick) => { const f = allFields(d).filter((x) => x.field.directives.includes("@shareable")); if (!f.length) return false; const x = pick(f); x.field.directives = x.field.directives.filter((t) => t !== "@shareable"); return true; }],
  ["change-shared-type", (d, pick) => { const f = allFields(d).filter((x) => x.field.directives.includes("@shareable")); if (!f.length) return false; pick(f).field.type = "Float"; return true; }],
  ["unused-external", (d, pick) => { const t = allTypes(d).filter((x) => !x.type.fields.some((f) => f.name === "name")); if (!t.length) return false; pick(t).type.fields.push({ name: "name", type: "String", directives: ["@external"] }); return true; }],
  ["requires-unknown", (d, pick) => { const f = allFields(d).filter((x) => x.field.directives.some((t) => t.startsWith("@requires"))); if (!f.length) return false; const x = pick(f); x.field.directives = ['@requires(fields: "missing")']; return true; }],
  ["override-self", (d, pick) => { const f = allFields(d).filter((x) => x.field.directives.some((t) => t.startsWith("@override"))); if (!f.length) return false; const x = pick(f); x.field.directives = [`@override(from: "${x.subgraph}")`]; return true; }],
  ["unresolvable-key", (d, pick) => { const t = allTypes(d).filter((x) => x.type.fields.length > 1); if (!t.length) return false; pick(t).type.resolvable = false; return true; }],
  ["key-unknown-field", (d, pick) => { const t = allTypes(d); pick(t).type.key = "uuid"; return true; }],
  ["duplicate-unshared-field", (d, pick) => { const t = allTypes(d).filter((x) => d.schema[x.subgraph].types[x.name].fields.some((f) => f.name === "weight" && !f.directives.length)); const others = allTypes(d); if (!t.length) return false; const x = pick(t); const y = others.find((o) => o.name === x.name && o.subgraph !== x.subgraph); if (!y || y.type.fields.some((f) => f.name === "weight")) return false; y.type.fields.push({ name: "weight", type: "Int", directives: [] }); return true; }],
  ["drop-key", (d, pick) => { const t = allTypes(d); pick(t).type.key = null; return true; }],
  ["external-everywhere", (d, pick) => { const f = allFields(d).filter((x) => x.field.name === "weight" && !x.field.directives.length); if (!f.length) return false; pick(f).field.directives = ["@external"]; return true; }],
];

function allTypes(d) {
  return d.subgraphs.flatMap((s) => Object.entries(d.schema[s].types).map(([name, type]) => ({ subgraph: s, name, type })));
}

function allFields(d) {
  return allTypes(d).flatMap((t) => t.type.fields.map((field) => ({ ...t, field })));
}

function print(d) {
  return d.subgraphs
    .filter((s) => d.schema[s].query.length || Object.keys(d.schema[s].types).length)
    .map((s) => {
      const { query, types } = d.schema[s];
      const parts = [];
      if (query.length) parts.push(`type Query {\n${query.map((f) => `  ${f.name}: ${f.type}`).join("\n")}\n}`);
      for (const [name, type] of Object.entries(types)) {
        const key = type.key ? ` @key(fields: "${type.key}"${type.resolvable ? "" : ", resolvable: false"})` : "";
        const fields = type.fields.map((f) => `  ${f.name}: ${f.type}${f.directives.length ? " " + f.directives.join(" ") : ""}`);
        parts.push(`type ${name}${key} {\n${fields.join("\n")}\n}`);
      }
      return { name: s, sdl: header + parts.join("\n") };
    });
}

function generate(seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const d = design(random);
  let mutation = "none";
  if (random() < 0.5) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [name, apply] = pick(mutations);
      if (apply(d, pick)) { mutation = name; break; }
    }
  }
  return { mutation, subgraphs: print(d) };
}

export const generatedCases = Array.from({ length: 300 }, (_, i) => {
  const { mutation, subgraphs } = generate(7000 + i);
  return { name: `generated-${i + 1}-${mutation}`, subgraphs };
});
