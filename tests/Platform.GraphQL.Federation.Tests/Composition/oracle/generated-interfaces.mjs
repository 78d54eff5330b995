// Seeded generated subgraph sets around entity interfaces: one subgraph owns `interface Media @key(fields: "id")` and
// its implementations, others add fields through `@interfaceObject`, extend implementations as entities, or return
// Media from their own root fields; half get one mutation (missing key, keyless interface object, clashing field, …).
const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@interfaceObject", "@external", "@requires", "@inaccessible"])\n`;

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    let t = state ^ (state >>> 16);
    t = Math.imul(t, 0x45d9f3b) >>> 0;
    return ((t ^ (t >>> 16)) >>> 0) / 4294967296;
  };
}

function generate(seed) {
  const random = prng(seed);
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const subgraphs = ["media", "s2", "s3"].slice(0, 2 + Math.floor(random() * 2));
  const implementations = ["Book", "Movie", "Song"].slice(0, 1 + Math.floor(random() * 3));
  const mutation = chance(0.5)
    ? pick(["implementation-without-key", "interface-object-without-key", "clashing-field", "unknown-implementation-field", "interface-object-external"])
    : "none";
  const sdl = Object.fromEntries(subgraphs.map((s) => [s, []]));
  const query = Object.fromEntries(subgraphs.map((s) => [s, []]));

  sdl.media.push(`interface Media @key(fields: "id") { id: ID! title: String }`);
  implementations.forEach((type, i) => {
    const key = mutation === "implementation-without-key" && i === 0 ? "" : ` @key(fields: "id")`;
    sdl.media.push(`type ${type} implements Media${key} { id: ID! title: String ${type.toLowerCase()}Only: Int }`);
  });
  query.media.push("allMedia: [Media]");
  if (chance(0.5)) query.media.push(`first${implementations[0]}: ${implementations[0]}`);

  for (const s of subgraphs.slice(1)) {
    const role = pick(["interface-object", "extend-implementation", "both"]);
    if (role !== "extend-implementation") {
      const key = mutation === "interface-object-without-key" ? "" : ` @key(fields: "id")`;
      const fields = [`id: ID!`, `${s}Score: Int`];
      if (mutation === "clashing-field") fields.push(`${implementations[0].toLowerCase()}Only: Int`);
      if (mutation === "interface-object-external") fields.push(`title: String @external`);
      sdl[s].push(`type Media${key} @interfaceObject { ${fields.join(" ")} }`);
      if (chance(0.5)) query[s].push(`top${s}: [Media]`);
    }
    if (role !== "interface-object") {
      const type = pick(implementations);
      const extra = mutation === "unknown-implementation-field" ? " missing: Missing" : "";
      sdl[s].push(`type ${type} @key(fields: "id") { id: ID! ${s}${type}Note: String${extra} }`);
      if (chance(0.3)) query[s].push(`some${type}${s}: ${type}`);
    }
  }

  return {
    mutation,
    subgraphs: subgraphs.map((s) => ({
      name: s,
      sdl: header + [query[s].length ? `type Query { ${query[s].join(" ")} }` : "", ...sdl[s]].filter(Boolean).join("\n"),
    })),
  };
}

export const generatedInterfaceCases = Array.from({ length: 100 }, (_, i) => {
  const { mutation, subgraphs } = generate(9100 + i);
  return { name: `interfaces-${i + 1}-${mutation}`, subgraphs };
});
