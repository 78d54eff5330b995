// Seeded generated subgraph sets over enums, inputs, unions and interfaces shared by 2-3 subgraphs: each subgraph gets a
// random subset of values/fields/members; half get one mutation (kind change, argument type change, required input field).
const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible"])\n`;

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
    t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  };
}

function generate(seed) {
  const random = prng(seed);
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const subset = (list) => { const s = list.filter(() => chance(0.7)); return s.length ? s : [list[0]]; };
  const subgraphs = ["s1", "s2", "s3"].slice(0, 2 + Math.floor(random() * 2));
  const enumUse = pick(["output", "input", "both"]);
  const mutation = chance(0.5) ? pick(["kind", "argument-type", "required-input", "inaccessible-value", "interface-field"]) : "none";
  const mutated = pick(subgraphs);

  return {
    mutation,
    subgraphs: subgraphs.map((s) => {
      const values = subset(["RED", "GREEN", "BLUE"]);
      if (mutation === "inaccessible-value" && s === mutated) values[0] += " @inaccessible";
      const inputFields = subset(["name: String", "limit: Int", "tags: [String]"]);
      if (mutation === "required-input" && s === mutated) inputFields.push("mustHave: Int!");
      const argType = mutation === "argument-type" && s === mutated ? "String" : "Int";
      const members = subset(["Cat", "Dog"]);
      const query = [`search${s}(filter: Filter, first: ${argType}): [Pet]`];
      if (enumUse !== "input") query.push(`color${s}: Color`);
      if (enumUse !== "output") query.push(`byColor${s}(color: Color): Int`);
      query.push(`named${s}: [Named]`);
      const namedFields = mutation === "interface-field" && s === mutated ? "id: ID! label: String" : "id: ID!";
      const kind = mutation === "kind" && s === mutated ? "interface" : "union";
      const pets = kind === "union" ? `union Pet = ${members.join(" | ")}` : "interface Pet { id: ID! }";
      const implementsPet = kind === "union" ? "" : " & Pet";
      return {
        name: s,
        sdl: header + [
          `type Query {\n  ${query.join("\n  ")}\n}`,
          `enum Color { ${values.join(" ")} }`,
          `input Filter { ${inputFields.join(" ")} }`,
          pets,
          `interface Named { ${namedFields} }`,
          ...members.map((m) => `type ${m} implements Named${implementsPet} @key(fields: "id") { id: ID!${namedFields.includes("label") ? " label: String" : ""} ${m.toLowerCase()}${s}: Int }`),
        ].join("\n"),
      };
    }),
  };
}

export const generatedShapeCases = Array.from({ length: 150 }, (_, i) => {
  const { mutation, subgraphs } = generate(4242 + i);
  return { name: `shapes-${i + 1}-${mutation}`, subgraphs };
});
