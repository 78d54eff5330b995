// The composition corpus: each case is a set of subgraphs. record.mjs composes every case with
// @theguild/federation-composition and writes inputs plus verdicts to ../corpus.json.
const fed = (imports) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports.map((i) => `"@${i}"`).join(", ")}])\n`;
const all = fed(["key", "shareable", "external", "requires", "provides", "override", "inaccessible", "tag", "interfaceObject"]);
const sg = (name, sdl) => ({ name, sdl });

const accounts = sg("accounts", all + `type Query { me: User }
type User @key(fields: "id") { id: ID! name: String @shareable }`);

export const cases = [
  // ---------- valid ----------
  { name: "single-key-entity", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User }
type User @key(fields: "id") { id: ID! reviews: [Review] }`)] },
  { name: "multiple-keys", subgraphs: [sg("products", all + `type Query { products: [Product] }
type Product @key(fields: "id") @key(fields: "sku") { id: ID! sku: String! name: String }`),
    sg("inventory", all + `type Product @key(fields: "sku") { sku: String! stock: Int }`)] },
  { name: "composite-key", subgraphs: [sg("a", all + `type Query { seats: [Seat] }
type Seat @key(fields: "row number") { row: String! number: Int! label: String }`),
    sg("b", all + `type Seat @key(fields: "row number") { row: String! number: Int! price: Int }`)] },
  { name: "nested-key", subgraphs: [sg("a", all + `type Query { members: [Member] }
type Org @shareable { id: ID! }
type Member @key(fields: "id org { id }") { id: ID! org: Org! name: String }`),
    sg("b", all + `type Org @shareable { id: ID! }
type Member @key(fields: "id org { id }") { id: ID! org: Org! role: String }`)] },
  { name: "shareable-value-type", subgraphs: [sg("a", all + `type Query { price: Money }
type Money @shareable { amount: Int! currency: String! }`),
    sg("b", all + `type Query { cost: Money }
type Money @shareable { amount: Int! currency: String! }`)] },
  { name: "external-requires", subgraphs: [sg("products", all + `type Query { products: [Product] }
type Product @key(fields: "id") { id: ID! weight: Int price: Int }`),
    sg("shipping", all + `type Product @key(fields: "id") { id: ID! weight: Int @external price: Int @external
  estimate: Int @requires(fields: "weight price") }`)] },
  { name: "provides", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User @provides(fields: "name") }
type User @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "override", subgraphs: [sg("old", all + `type Query { users: [User] }
type User @key(fields: "id") { id: ID! email: String }`),
    sg("new", all + `type User @key(fields: "id") { id: ID! email: String @override(from: "old") }`)] },
  { name: "interface-object", subgraphs: [sg("media", all + `type Query { allMedia: [Media] }
interface Media @key(fields: "id") { id: ID! title: String }
type Book implements Media @key(fields: "id") { id: ID! title: String }
type Movie implements Media @key(fields: "id") { id: ID! title: String }`),
    sg("ratings", all + `type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`)] },
  { name: "inaccessible", subgraphs: [sg("a", all + `type Query { items: [Item] internal: Secret @inaccessible }
type Item @key(fields: "id") { id: ID! cost: Int @inaccessible label(raw: Boolean @inaccessible): String }
type Secret @inaccessible { code: String }`), sg("b", all + `type Item @key(fields: "id") { id: ID! note: String }`)] },
  { name: "tag", subgraphs: [sg("a", all + `type Query { items: [Item] @tag(name: "public") }
type Item @tag(name: "public") { id: ID! @tag(name: "internal") }
enum Kind @tag(name: "x") { A B @tag(name: "y") }
input Filter @tag(name: "x") { kind: Kind @tag(name: "y") }
type Mutation { add(f: Filter): Item }`)] },
  { name: "union-across-subgraphs", subgraphs: [sg("books", all + `type Query { search: [Result] }
union Result = Book
type Book @key(fields: "id") { id: ID! title: String }`),
    sg("films", all + `type Query { find: [Result] }
union Result = Film
type Film @key(fields: "id") { id: ID! name: String }`)] },
  { name: "interface-across-subgraphs", subgraphs: [sg("a", all + `type Query { nodes: [Node] }
interface Node { id: ID! }
type User implements Node @key(fields: "id") { id: ID! name: String }`),
    sg("b", all + `type Query { more: [Node] }
interface Node { id: ID! }
type Post implements Node @key(fields: "id") { id: ID! title: String }`)] },
  { name: "enum-output-union", subgraphs: [sg("a", all + `type Query { status: Status }
enum Status { OPEN CLOSED }`), sg("b", all + `type Query { other: Status }
enum Status { OPEN ARCHIVED }`)] },
  { name: "enum-input-intersection", subgraphs: [sg("a", all + `type Query { list(sort: Sort): [Int] }
enum Sort { ASC DESC RANDOM }`), sg("b", all + `type Query { rank(sort: Sort): [Int] }
enum Sort { ASC DESC }`)] },
  { name: "input-merge", subgraphs: [sg("a", all + `type Query { find(f: Filter): Int }
input Filter { name: String! extra: Int }`), sg("b", all + `type Query { count(f: Filter): Int }
input Filter { name: String other: Boolean }`)] },
  { name: "import-renames", subgraphs: [accounts, sg("reviews", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
  import: [{name: "@key", as: "@primaryKey"}, {name: "@shareable", as: "@shared"}])
type Query { reviews: [String] }
type User @primaryKey(fields: "id") { id: ID! name: String @shared }`)] },
  { name: "namespace-alias", subgraphs: [accounts, sg("reviews", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed")
type Query { reviews: [String] }
type User @fed__key(fields: "id") { id: ID! name: String @fed__shareable }`)] },
  { name: "federation-v1-extend", subgraphs: [sg("accounts", `type Query { me: User }
type User @key(fields: "id") { id: ID! name: String }`), sg("reviews", `extend type Query { topReviews: [Review] }
type Review { body: String author: User }
extend type User @key(fields: "id") { id: ID! @external reviews: [Review] }`)] },
  { name: "unresolvable-key-reference", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User }
type User @key(fields: "id", resolvable: false) { id: ID! }`)] },
  { name: "compose-directive", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@composeDirective"])
  @link(url: "https://example.com/cache/v1.0", import: ["@cached"])
  @composeDirective(name: "@cached")
directive @cached(seconds: Int!) on FIELD_DEFINITION
type Query { items: [Int] @cached(seconds: 30) }`)] },
  { name: "descriptions-deprecated", subgraphs: [sg("a", all + `"Root" type Query { "all things" things: [Thing] old: Int @deprecated(reason: "gone") }
"A thing" type Thing @key(fields: "id") { id: ID! }`), sg("b", all + `type Thing @key(fields: "id") { id: ID! "its size" size: Int }`)] },
  { name: "mutations-across-subgraphs", subgraphs: [sg("a", all + `type Query { a: Int }
type Mutation { addA(x: Int): Int }`), sg("b", all + `type Query { b: Int }
type Mutation { addB(x: Int): Int }`)] },
  { name: "output-nullability-differs", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! label: String @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! label: String! @shareable }`)] },
  { name: "renamed-root-type", subgraphs: [sg("a", all + `schema { query: RootQuery }
type RootQuery { a: Int }`), sg("b", all + `type Query { b: Int }`)] },
  { name: "entity-interface-keys", subgraphs: [sg("a", all + `type Query { nodes: [Node] }
interface Node @key(fields: "id") { id: ID! }
type User implements Node @key(fields: "id") { id: ID! name: String }`),
    sg("b", all + `type Node @key(fields: "id") @interfaceObject { id: ID! createdAt: String }`)] },

  // ---------- invalid ----------
  { name: "field-type-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! size: Int @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! size: String @shareable }`)] },
  { name: "non-shareable-entity-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Item @key(fields: "id") { id: ID! name: String }`)] },
  { name: "non-shareable-root-field", subgraphs: [sg("a", all + `type Query { hello: String }`), sg("b", all + `type Query { hello: String }`)] },
  { name: "non-shareable-value-type", subgraphs: [sg("a", all + `type Query { a: Money }
type Money { amount: Int }`), sg("b", all + `type Query { b: Money }
type Money { amount: Int }`)] },
  { name: "external-missing-on-base", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @external total: Int @requires(fields: "weight") }`)] },
  { name: "key-selects-interface", subgraphs: [sg("a", all + `type Query { a: Item }
interface Owner { id: ID! }
type Person implements Owner { id: ID! }
type Item @key(fields: "owner { id }") { owner: Owner! }`)] },
  { name: "key-unknown-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "uuid") { id: ID! }`)] },
  { name: "key-field-with-arguments", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id(format: String): ID! }`)] },
  { name: "requires-unknown-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! weight: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! total: Int @requires(fields: "mass") }`)] },
  { name: "requires-not-external", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! weight: Int @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @shareable total: Int @requires(fields: "weight") }`)] },
  { name: "provides-unknown-field", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User @provides(fields: "nickname") }
type User @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "provides-on-scalar-field", subgraphs: [sg("a", all + `type Query { a: Int @provides(fields: "x") }`)] },
  { name: "override-source-has-override", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @override(from: "b") }`), sg("b", all + `type Item @key(fields: "id") { id: ID! name: String @override(from: "a") }`)] },
  { name: "override-from-self", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @override(from: "a") }`)] },
  { name: "enum-value-mismatch", subgraphs: [sg("a", all + `type Query { a(s: Status): Status }
enum Status { OPEN CLOSED }`), sg("b", all + `type Query { b(s: Status): Status }
enum Status { OPEN }`)] },
  { name: "required-input-field-missing", subgraphs: [sg("a", all + `type Query { a(f: Filter): Int }
input Filter { name: String! limit: Int }`), sg("b", all + `type Query { b(f: Filter): Int }
input Filter { limit: Int }`)] },
  { name: "empty-merged-input", subgraphs: [sg("a", all + `type Query { a(f: Filter): Int }
input Filter { name: String }`), sg("b", all + `type Query { b(f: Filter): Int }
input Filter { limit: Int }`)] },
  { name: "argument-type-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! label(size: Int): String @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! label(size: String): String @shareable }`)] },
  { name: "required-argument-missing", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! label(size: Int!): String @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! label: String @shareable }`)] },
  { name: "type-kind-mismatch", subgraphs: [sg("a", all + `type Query { a: Thing }
type Thing { id: ID }`), sg("b", all + `type Query { b: Thing }
interface Thing { id: ID }`)] },
  { name: "syntax-error", subgraphs: [accounts, sg("broken", all + `type Query { a: Int `)] },
  { name: "unknown-type", subgraphs: [sg("a", all + `type Query { a: Missing }`)] },
  { name: "directive-not-imported", subgraphs: [sg("a", fed(["key"]) + `type Query { a: Int @shareable }`)] },
  { name: "external-unused", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! weight: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @external }`)] },
  { name: "unreachable-entity-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id", resolvable: false) { id: ID! secret: String }`)] },
  { name: "value-type-field-unreachable", subgraphs: [sg("a", all + `type Query { a: Money }
type Money @shareable { amount: Int }`), sg("b", all + `type Query { b: Money }
type Money @shareable { amount: Int currency: String }`)] },
  { name: "referenced-inaccessible", subgraphs: [sg("a", all + `type Query { a: Secret }
type Secret @inaccessible { code: String }`)] },
  { name: "no-keys-path", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "sku") { sku: ID! price: Int }`)] },

  // ---------- edge cases ----------
  { name: "override-removes-sharing-conflict", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Item @key(fields: "id") { id: ID! name: String @override(from: "a") }`)] },
  { name: "v1-extends-directive", subgraphs: [sg("accounts", `type Query { me: User }
type User @key(fields: "id") { id: ID! name: String }`), sg("reviews", `type User @key(fields: "id") @extends { id: ID! @external score: Int }`)] },
  { name: "covariant-interface-field", subgraphs: [sg("a", all + `type Query { node: Node @shareable }
interface Node { id: ID! }
type User implements Node @key(fields: "id") { id: ID! }`), sg("b", all + `type Query { node: User @shareable }
type User @key(fields: "id") { id: ID! }`)] },
  { name: "requires-nested", subgraphs: [sg("a", all + `type Query { a: Item }
type Dim @shareable { w: Int h: Int }
type Item @key(fields: "id") { id: ID! dim: Dim }`), sg("b", all + `type Dim @shareable { w: Int h: Int }
type Item @key(fields: "id") { id: ID! dim: Dim @external area: Int @requires(fields: "dim { w h }") }`)] },
  { name: "provides-nested-path", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User @provides(fields: "name") }
type User @key(fields: "id") { id: ID! name: String @external }
type Other { x: Int }`)] },
  { name: "shareable-on-extension-only", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }
extend type Item @shareable { label: String }`), sg("b", all + `type Item @key(fields: "id") @shareable { id: ID! label: String }`)] },
  { name: "type-from-other-subgraph-unknown", subgraphs: [sg("a", all + `type Query { a: Money }
type Money @shareable { amount: Int }`), sg("b", all + `type Query { b: Money }`)] },
  { name: "interface-field-missing-in-implementation", subgraphs: [sg("a", all + `type Query { a: [Node] }
interface Node { id: ID! }
type User implements Node @key(fields: "id") { id: ID! }`), sg("b", all + `type Query { b: [Node] }
interface Node { id: ID! name: String }
type Post implements Node @key(fields: "id") { id: ID! name: String }`)] },
  { name: "external-type-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! weight: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: String @external total: Int @requires(fields: "weight") }`)] },
  { name: "external-key-field-fed2", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") { id: ID! @external extra: Int }`)] },
  { name: "duplicate-type-in-subgraph", subgraphs: [sg("a", all + `type Query { a: Int }
type Query { b: Int }`)] },
  { name: "shareable-subscription-and-mutation", subgraphs: [sg("a", all + `type Query { a: Int }
type Mutation { ping: Int @shareable }`), sg("b", all + `type Query { b: Int }
type Mutation { ping: Int @shareable }`)] },
  { name: "unused-enum-merges", subgraphs: [sg("a", all + `type Query { a: Int }
enum Color { RED }`), sg("b", all + `type Query { b: Int }
enum Color { BLUE }`)] },
  { name: "union-member-inaccessible", subgraphs: [sg("a", all + `type Query { r: [R] }
union R = A | B
type A { x: Int }
type B @inaccessible { y: Int }`)] },
  { name: "required-argument-vs-optional", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! label(size: Int!): String @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! label(size: Int): String @shareable }`)] },
  { name: "argument-default-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! label(size: Int = 1): String @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! label(size: Int = 2): String @shareable }`)] },
  { name: "input-field-type-mismatch", subgraphs: [sg("a", all + `type Query { a(f: F): Int }
input F { x: Int }`), sg("b", all + `type Query { b(f: F): Int }
input F { x: String }`)] },
  { name: "list-vs-single-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! tags: [String] @shareable }`), sg("b", all + `type Item @key(fields: "id") { id: ID! tags: String @shareable }`)] },
  { name: "entity-jump-through-third-subgraph", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") @key(fields: "sku") { id: ID! sku: String! }`),
    sg("c", all + `type Item @key(fields: "sku") { sku: String! price: Int }`)] },
  { name: "interface-object-without-key-interface", subgraphs: [sg("a", all + `type Query { all: [Media] }
interface Media { id: ID! }
type Book implements Media @key(fields: "id") { id: ID! }`), sg("b", all + `type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`)] },
  { name: "requires-on-unreachable-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @external total: Int @requires(fields: "weight") }`),
    sg("c", all + `type Item @key(fields: "id") { id: ID! weight: Int @shareable }`)] },
  { name: "query-only-inaccessible", subgraphs: [sg("a", all + `type Query { a: Int @inaccessible }`)] },
  { name: "key-on-value-type-resolvable-false", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Query { b: Item }
type Item @key(fields: "id", resolvable: false) { id: ID! }`)] },
  { name: "no-query-type", subgraphs: [sg("a", all + `type Item @key(fields: "id") { id: ID! }`)] },
  { name: "provides-on-list-field", subgraphs: [accounts, sg("reviews", all + `type Query { authors: [User] @provides(fields: "name") }
type User @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "interface-key-missing-on-implementation", subgraphs: [sg("a", all + `type Query { nodes: [Node] }
interface Node @key(fields: "id") { id: ID! }
type User implements Node { id: ID! name: String }`)] },
  { name: "override-from-unknown-subgraph", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @override(from: "gone") }`)] },
  { name: "enum-inaccessible-value-both-positions", subgraphs: [sg("a", all + `type Query { a(s: S): S }
enum S { A B @inaccessible }`), sg("b", all + `type Query { b(s: S): S }
enum S { A B }`)] },
  { name: "input-field-inaccessible-in-one", subgraphs: [sg("a", all + `type Query { a(f: F): Int }
input F { x: Int y: Int @inaccessible }`), sg("b", all + `type Query { b(f: F): Int }
input F { x: Int y: Int }`)] },
  { name: "interface-implements-interface", subgraphs: [sg("a", all + `type Query { a: [Named] }
interface Node { id: ID! }
interface Named implements Node { id: ID! name: String }
type User implements Named & Node @key(fields: "id") { id: ID! name: String }`)] },
  { name: "v1-and-v2-non-shareable", subgraphs: [sg("v1", `type Query { me: User }
type User @key(fields: "id") { id: ID! name: String }`), sg("v2", all + `type User @key(fields: "id") { id: ID! name: String }`)] },
  { name: "v1-value-types-duplicate", subgraphs: [sg("a", `type Query { a: Money }
type Money { amount: Int }`), sg("b", `type Query { b: Money }
type Money { amount: Int }`)] },
  { name: "key-field-type-mismatch", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") { id: String! extra: Int }`)] },
  { name: "non-shareable-mutation", subgraphs: [sg("a", all + `type Query { a: Int }
type Mutation { ping: Int }`), sg("b", all + `type Query { b: Int }
type Mutation { ping: Int }`)] },
  { name: "interface-missing-transitive", subgraphs: [sg("a", all + `type Query { a: [Named] }
interface Node { id: ID! }
interface Named implements Node { id: ID! name: String }
type User implements Named @key(fields: "id") { id: ID! name: String }`)] },
  { name: "union-same-members-twice", subgraphs: [sg("a", all + `type Query { a: [R] }
union R = A | B
type A @shareable { x: Int }
type B @shareable { y: Int }`), sg("b", all + `type Query { b: [R] }
union R = A | B
type A @shareable { x: Int }
type B @shareable { y: Int }`)] },
  { name: "entity-interface-across-subgraphs", subgraphs: [sg("a", all + `type Query { nodes: [Node] }
interface Node @key(fields: "id") { id: ID! }
type User implements Node @key(fields: "id") { id: ID! name: String }
type Post implements Node @key(fields: "id") { id: ID! title: String }`), sg("b", all + `type Node @key(fields: "id") @interfaceObject { id: ID! views: Int }
type Query { popular: [Node] }`)] },
  { name: "shareable-interface-field-implementations", subgraphs: [sg("a", all + `type Query { a: I }
interface I { x: Int }
type T implements I @shareable { x: Int }`), sg("b", all + `type Query { b: I }
interface I { x: Int }
type T implements I @shareable { x: Int }`)] },
  { name: "custom-directive-not-composed", subgraphs: [sg("a", all + `directive @audit on FIELD_DEFINITION
type Query { a: Int @audit }`)] },
  { name: "undefined-custom-directive", subgraphs: [sg("a", all + `type Query { a: Int @audit }`)] },
  { name: "root-field-to-entity-from-two", subgraphs: [sg("a", all + `type Query { user(id: ID!): User @shareable }
type User @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Query { user(id: ID!): User @shareable }
type User @key(fields: "id") { id: ID! age: Int }`)] },
  { name: "nested-provides-external-chain", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! owner: Owner }
type Owner @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Query { b: Item @provides(fields: "owner { name }") }
type Item @key(fields: "id") { id: ID! owner: Owner @external }
type Owner @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "provides-only-on-one-path", subgraphs: [sg("a", all + `type Query { items: [Item] }
type Item @key(fields: "id", resolvable: false) { id: ID! name: String @shareable }`), sg("b", all + `type Query { b: Item @provides(fields: "name") c: Item }
type Item @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "provides-on-the-only-path", subgraphs: [sg("a", all + `type Query { items: [Item] }
type Item @key(fields: "id", resolvable: false) { id: ID! name: String @shareable }`), sg("b", all + `type Query { b: Item @provides(fields: "name") }
type Item @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "requires-field-unreachable", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @external total: Int @requires(fields: "weight") }`),
    sg("c", all + `type Query { c: Item }
type Item @key(fields: "id", resolvable: false) { id: ID! weight: Int }`)] },
  { name: "interface-without-local-implementations", subgraphs: [sg("a", all + `type Query { node: Node }
interface Node { id: ID! }`), sg("b", all + `interface Node { id: ID! }
type User implements Node @key(fields: "id") { id: ID! name: String }
type Query { user: User }`)] },
  { name: "keyless-extension-of-entity", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`), sg("b", all + `type Query { b: Item }
type Item { id: ID! @shareable extra: Int }`)] },
  { name: "subscriptions", subgraphs: [sg("a", all + `type Query { a: Int }
type Subscription { ticks: Int }`), sg("b", all + `type Query { b: Int }
type Subscription { tocks: Int }`)] },
  { name: "federation-v2-0-link", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable"])
type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @shareable }`), sg("b", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable"])
type Item @key(fields: "id") { id: ID! name: String @shareable }`)] },
  { name: "authenticated-and-scopes", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated", "@requiresScopes"])
type Query { me: User @authenticated }
type User @key(fields: "id") { id: ID! email: String @requiresScopes(scopes: [["read:email"]]) }`)] },
  { name: "extension-without-base-anywhere", subgraphs: [sg("a", all + `type Query { a: Int }
extend type Item @key(fields: "id") { id: ID! name: String }`)] },
  { name: "link-spec-itself-linked", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/link/v1.0")
  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { a: Item }
type Item @key(fields: "id") { id: ID! }`)] },
  { name: "description-differs", subgraphs: [sg("a", all + `type Query { a: Item }
"first" type Item @key(fields: "id") { id: ID! "x one" x: Int @shareable }`), sg("b", all + `"second" type Item @key(fields: "id") { id: ID! "x two" x: Int @shareable }`)] },
  { name: "object-value-type-field-only-in-one-unreached", subgraphs: [sg("a", all + `type Query { a: Money }
type Money @shareable { amount: Int }`), sg("b", all + `type Money @shareable { amount: Int currency: String }`)] },
  { name: "override-with-requires-target", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! w: Int total: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! total: Int @override(from: "a") }`)] },
  { name: "compose-undefined-directive", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@composeDirective"])
  @link(url: "https://example.com/cache/v1.0", import: ["@cached"])
  @composeDirective(name: "@cached")
type Query { items: [Int] }`)] },
  { name: "compose-directive-not-linked", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@composeDirective"])
  @composeDirective(name: "@cached")
directive @cached(seconds: Int!) on FIELD_DEFINITION
type Query { items: [Int] @cached(seconds: 1) }`)] },
  { name: "provides-field-shareable-not-external", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User @provides(fields: "name") }
type User @key(fields: "id") { id: ID! name: String @shareable }`)] },
  { name: "extend-query-everywhere-v2", subgraphs: [sg("a", all + `extend type Query { a: Int }`), sg("b", all + `extend type Query { b: Int }`)] },
  { name: "interface-object-field-clashes-with-implementation", subgraphs: [sg("media", all + `type Query { allMedia: [Media] }
interface Media @key(fields: "id") { id: ID! title: String }
type Book implements Media @key(fields: "id") { id: ID! title: String rating: Int }`),
    sg("ratings", all + `type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`)] },
  { name: "interface-object-query-reaches-implementation-fields", subgraphs: [sg("media", all + `type Query { allMedia: [Media] }
interface Media @key(fields: "id") { id: ID! title: String }
type Book implements Media @key(fields: "id") { id: ID! title: String pages: Int }`),
    sg("ratings", all + `type Query { topRated: [Media] }
type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`)] },
  { name: "value-type-inaccessible-field-in-one", subgraphs: [sg("a", all + `type Query { a: Money }
type Money @shareable { amount: Int internal: Int @inaccessible }`), sg("b", all + `type Query { b: Money }
type Money @shareable { amount: Int }`)] },
  { name: "no-link-but-shareable", subgraphs: [sg("a", `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @shareable }`), sg("b", `extend type Item @key(fields: "id") { id: ID! @external name: String }`)] },
  { name: "key-fields-not-a-string", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: 123) { id: ID! }`)] },
  { name: "key-without-fields", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key { id: ID! }`)] },
  { name: "key-on-union", subgraphs: [sg("a", all + `type Query { a: U }
type A { id: ID! }
union U @key(fields: "id") = A`)] },
  { name: "shareable-on-interface", subgraphs: [sg("a", all + `type Query { a: I }
interface I @shareable { id: ID! }
type T implements I { id: ID! }`)] },
  { name: "override-missing-from", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String @override }`)] },
  { name: "requires-syntax-error", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! weight: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! weight: Int @external total: Int @requires(fields: "weight {") }`)] },
  { name: "key-syntax-error", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id {") { id: ID! }`)] },
  { name: "key-leaf-with-selection", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id { x }") { id: ID! }`)] },
  { name: "key-composite-without-selection", subgraphs: [sg("a", all + `type Query { a: Item }
type Org { id: ID! }
type Item @key(fields: "org") { org: Org! }`)] },
  { name: "provides-key-of-nested-entity", subgraphs: [accounts, sg("reviews", all + `type Query { reviews: [Review] }
type Review { body: String author: User @provides(fields: "id name") }
type User @key(fields: "id") { id: ID! name: String @external }`)] },
  { name: "external-on-value-type-with-provides", subgraphs: [sg("a", all + `type Query { a: Box }
type Box @shareable { size: Int label: String }`), sg("b", all + `type Query { b: Box @provides(fields: "label") }
type Box @shareable { size: Int label: String @external }`)] },
  { name: "duplicate-directive-non-repeatable", subgraphs: [sg("a", all + `type Query { a: Int @inaccessible @inaccessible b: Int }`)] },
  { name: "deprecated-on-one-side", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! old: Int @shareable @deprecated(reason: "x") }`), sg("b", all + `type Item @key(fields: "id") { id: ID! old: Int @shareable }`)] },
  { name: "tag-invalid-name-arg", subgraphs: [sg("a", all + `type Query { a: Int @tag }`)] },
  { name: "link-import-unknown-directive", subgraphs: [sg("a", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@notAThing"])
type Query { a: Int }`)] },
  { name: "shareable-subscription-field", subgraphs: [sg("a", all + `type Query { a: Int }
type Subscription { ticks: Int @shareable }`), sg("b", all + `type Query { b: Int }
type Subscription { ticks: Int @shareable }`)] },
  { name: "progressive-override-label", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String }`), sg("b", all + `type Item @key(fields: "id") { id: ID! name: String @override(from: "a", label: "percent(50)") }`)] },
  { name: "external-type-level", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! w: Int h: Int }`), sg("b", `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
type Item @key(fields: "id") { id: ID! area: Int @requires(fields: "w h") }
extend type Item @external { w: Int h: Int }`)] },
  { name: "requires-with-argument-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! price(currency: String): Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! price(currency: String): Int @external tax: Int @requires(fields: "price(currency: \\"EUR\\")") }`)] },
  { name: "override-then-external-elsewhere", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! w: Int }`), sg("b", all + `type Item @key(fields: "id") { id: ID! w: Int @override(from: "a") }`),
    sg("c", all + `type Item @key(fields: "id") { id: ID! w: Int @external area: Int @requires(fields: "w") }`)] },
  { name: "key-on-interface-object-differs", subgraphs: [sg("a", all + `type Query { all: [Media] }
interface Media @key(fields: "id") { id: ID! }
type Book implements Media @key(fields: "id") @key(fields: "isbn") { id: ID! isbn: String! }`), sg("b", all + `type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`)] },
  { name: "value-type-across-three-one-missing-field", subgraphs: [sg("a", all + `type Query { a: P }
type P @shareable { x: Int y: Int }`), sg("b", all + `type Query { b: P }
type P @shareable { x: Int y: Int }`), sg("c", all + `type Query { c: P }
type P @shareable { x: Int }`)] },
  { name: "progressive-override-label-v2-7", subgraphs: [sg("a", fed(["key"]).replace("v2.3", "v2.7") + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! name: String }`), sg("b", fed(["key", "override"]).replace("v2.3", "v2.7") + `type Item @key(fields: "id") { id: ID! name: String @override(from: "a", label: "percent(50)") }`)] },
  { name: "import-newer-than-linked-version", subgraphs: [sg("a", fed(["key", "interfaceObject"]).replace("v2.3", "v2.0") + `type Query { a: Int }`)] },
  { name: "namespaced-newer-than-linked-version", subgraphs: [sg("a", fed(["key"]).replace("v2.3", "v2.0") + `type Query { a: M }
type M @key(fields: "id") @federation__interfaceObject { id: ID! }`)] },
  { name: "unknown-federation-version", subgraphs: [sg("a", fed(["key"]).replace("v2.3", "v3.0") + `type Query { a: Int }`)] },
  { name: "provides-field-with-arguments", subgraphs: [sg("a", fed(["key", "external", "provides"]) + `type Query { a: U @provides(fields: "n(x: 1)") }
type U @key(fields: "id") { id: ID! n(x: Int): Int @external }`), sg("b", fed(["key"]) + `type U @key(fields: "id") { id: ID! n(x: Int): Int }`)] },
  { name: "requires-field-only-behind-unresolvable-key", subgraphs: [sg("s1", all + `type Query { products: [Product] }
type Product @key(fields: "id", resolvable: false) { id: ID! weight: Int }`), sg("s2", all + `type Product @key(fields: "id") { id: ID! weight: Int @external shipping: Int @requires(fields: "weight") }`)] },
  { name: "requires-field-behind-resolvable-key", subgraphs: [sg("s1", all + `type Query { products: [Product] }
type Product @key(fields: "id") { id: ID! weight: Int }`), sg("s2", all + `type Product @key(fields: "id") { id: ID! weight: Int @external shipping: Int @requires(fields: "weight") }`)] },
  { name: "two-overrides-of-one-field", subgraphs: [sg("s1", all + `type Query { items: [Item] }
type Item @key(fields: "id") { id: ID! weight: Int }`), sg("s2", all + `type Item @key(fields: "id") { id: ID! weight: Int @override(from: "s1") }`),
    sg("s3", all + `type Item @key(fields: "id") { id: ID! weight: Int @override(from: "s1") }`)] },
  { name: "interface-object-without-interface-anywhere", subgraphs: [sg("a", all + `type Query { all: [Media] }
type Media @key(fields: "id") @interfaceObject { id: ID! title: String }`)] },
  { name: "required-argument-inaccessible", subgraphs: [sg("a", all + `type Query { a(x: Int! @inaccessible): Int }`)] },
  { name: "optional-argument-inaccessible", subgraphs: [sg("a", all + `type Query { a(x: Int @inaccessible): Int }`)] },
  { name: "required-input-field-inaccessible", subgraphs: [sg("a", all + `type Query { a(f: F): Int }
input F { x: Int! @inaccessible y: Int }`)] },
  { name: "inaccessible-key-field", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "id") { id: ID! @inaccessible name: String }`), sg("b", all + `type Item @key(fields: "id") { id: ID! @inaccessible extra: Int }`)] },
  { name: "default-value-inaccessible-enum", subgraphs: [sg("a", all + `type Query { a(s: S = HIDDEN): Int }
enum S { SHOWN HIDDEN @inaccessible }`)] },
  { name: "interface-inaccessible-implemented", subgraphs: [sg("a", all + `type Query { a: T }
interface I @inaccessible { id: ID }
type T implements I { id: ID }`)] },
  { name: "key-with-typename", subgraphs: [sg("a", all + `type Query { a: Item }
type Item @key(fields: "__typename id") { id: ID! }`)] },
  { name: "self-defined-federation-plumbing", subgraphs: [accounts, sg("products", `schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@tag", "@shareable", "FieldSet"]) {
  query: Query
}
type Query { product(id: ID!): Product _service: _Service! _entities(representations: [_Any!]!): [_Entity]! }
type Product @key(fields: "id") { id: ID! name: String! @shareable @tag(name: "public") }
type _Service { sdl: String! }
union _Entity = Product
scalar _Any
scalar FieldSet
scalar link__Import
enum link__Purpose { SECURITY EXECUTION }
directive @link(url: String! as: String import: [link__Import] for: link__Purpose) repeatable on SCHEMA
directive @key(fields: FieldSet! resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA
directive @shareable repeatable on OBJECT | FIELD_DEFINITION`)] },
  // the gateway's differential subgraph sets (tests/Platform.Federation.Subgraphs), as their modules serve them
  { name: "gateway-features-set", subgraphs: [
    sg("catalog", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\"])\n\ntype Query {\n  media: [Media!]!\n  mediaItem(id: ID!): Media\n  search(term: String!): [SearchResult!]!\n  book(id: ID!): Book\n  authors: [Author!]!\n  outage: String\n}\n\ninterface Media @key(fields: \"id\") {\n  id: ID!\n  title: String!\n}\n\ntype Book implements Media @key(fields: \"id\") {\n  id: ID!\n  title: String!\n  pages: Int!\n  author: Author!\n  listPrice: Money!\n  price: Money!\n  chapters: [Chapter!]!\n  editions: [Edition!]!\n}\n\ntype Movie implements Media @key(fields: \"id\") {\n  id: ID!\n  title: String!\n  minutes: Int!\n}\n\ntype Author @key(fields: \"id\") {\n  id: ID!\n  name: String!\n  books: [Book!]!\n}\n\ntype Chapter @key(fields: \"book { id } number\") {\n  book: Book!\n  number: Int!\n  title: String!\n}\n\ntype Edition @key(fields: \"bookId format\") {\n  bookId: ID!\n  format: Format!\n  year: Int!\n}\n\nenum Format {\n  HARDCOVER\n  PAPERBACK\n}\n\nunion SearchResult = Book | Movie | Author\n\ntype Money @shareable {\n  amount: Int!\n  currency: String!\n}"),
    sg("ratings", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@interfaceObject\"])\n\ntype Media @key(fields: \"id\") @interfaceObject {\n  id: ID!\n  rating: Int\n  reviews(first: Int = 2, minStars: Int = 1): [Review!]!\n}\n\ntype Review {\n  id: ID!\n  stars: Int!\n  text: String!\n  author: Author\n}\n\ntype Author @key(fields: \"id\", resolvable: false) {\n  id: ID!\n}"),
    sg("shop", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@override\"])\n\ntype Query {\n  cart(id: ID!): Cart\n}\n\ntype Mutation {\n  setCartItem(cartId: ID!, bookId: ID!, quantity: Int!): Cart!\n}\n\ntype Book @key(fields: \"id\") {\n  id: ID!\n  title: String! @external\n  price: Money! @override(from: \"catalog\")\n  inStock: Boolean!\n  stockCode: String!\n  excerpt(length: Int! = 12): String! @requires(fields: \"title\")\n}\n\ntype Chapter @key(fields: \"book { id } number\") {\n  book: Book!\n  number: Int!\n  wordCount: Int!\n}\n\ntype Edition @key(fields: \"bookId format\") {\n  bookId: ID!\n  format: Format!\n  price: Money!\n  available: Boolean!\n}\n\nenum Format {\n  HARDCOVER\n  PAPERBACK\n}\n\ntype Cart {\n  id: ID!\n  items: [CartItem!]!\n  total: Money!\n}\n\ntype CartItem {\n  book: Book!\n  quantity: Int!\n}\n\ntype Money @shareable {\n  amount: Int!\n  currency: String!\n}"),
] },
  { name: "gateway-benchmark-set", subgraphs: [
    sg("accounts", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\"])\n\ntype Query {\n  me: User\n  user(id: ID!): User\n  users: [User]\n}\n\ntype User @key(fields: \"id\") {\n  id: ID!\n  name: String\n  username: String @shareable\n  birthday: Int\n}"),
    sg("inventory", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@external\", \"@requires\"])\n\ntype Product @key(fields: \"upc\") {\n  upc: String!\n  weight: Int @external\n  price: Int @external\n  inStock: Boolean\n  shippingEstimate: Int @requires(fields: \"price weight\")\n}"),
    sg("products", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n\ntype Query {\n  topProducts(first: Int = 5): [Product]\n}\n\ntype Product @key(fields: \"upc\") {\n  upc: String!\n  name: String\n  price: Int\n  weight: Int\n}"),
    sg("reviews", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@external\", \"@provides\"])\n\ntype Review @key(fields: \"id\") {\n  id: ID!\n  body: String\n  product: Product\n  author: User @provides(fields: \"username\")\n}\n\ntype User @key(fields: \"id\") {\n  id: ID!\n  username: String @external\n  reviews: [Review]\n}\n\ntype Product @key(fields: \"upc\") {\n  upc: String!\n  reviews: [Review]\n}"),
] },
];
