// Valid schemas shared by the printSchema and introspection areas: [name, SDL].

export const RICH = `
"""
The platform's schema.
It has a "description" with quotes and \\ backslashes.
"""
schema @tag(name: "root") { query: Root mutation: Mutations subscription: Events }

"Marks things for tooling."
directive @tag(name: String!) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCALAR

"""
Caches a field.
Spans two lines.
"""
directive @cache(maxAge: Int = 60, scope: Scope = PUBLIC, keys: [String!] = ["id"]) on FIELD_DEFINITION | OBJECT

directive @exec(note: String = "a \\"quoted\\" note") on QUERY | MUTATION | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | FRAGMENT_DEFINITION | SUBSCRIPTION

"A moment in time, as RFC 3339 text."
scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

scalar Json @tag(name: "json")

enum Scope @tag(name: "scope") {
  "Anyone may read it."
  PUBLIC
  PRIVATE @deprecated
  INTERNAL @deprecated(reason: "Use \`PRIVATE\`.")
  LEGACY @deprecated(reason: "No longer supported")
}

"""
Something with an id.
"""
interface Node { id: ID! }

interface Entity implements Node @tag(name: "entity") {
  id: ID!
  "When it was created."
  createdAt: DateTime
}

type User implements Entity & Node @cache(maxAge: 30) {
  id: ID!
  createdAt: DateTime
  name(
    "Upper-case the name."
    upper: Boolean = false
    locale: String @deprecated(reason: "Locales are automatic now.")
  ): String @tag(name: "pii")
  email: String @deprecated(reason: "Use \`contacts\`.")
  nickname: String @deprecated
  contacts(first: Int = 10, kinds: [ContactKind!] = [EMAIL, PHONE]): [Contact!]!
  settings(filter: Filter = { scope: PUBLIC, tags: ["a", "b"], range: { from: 1.5, to: -2 } }): Json
}

enum ContactKind { EMAIL PHONE }

type Contact { kind: ContactKind! value: String! }

union SearchResult @tag(name: "search") = User | Contact

"How to narrow things down."
input Filter @tag(name: "filter") {
  scope: Scope = PUBLIC
  tags: [String!]
  range: Range
  "Old name."
  legacy: String @deprecated(reason: "Unused.")
  text: String = "line\\nbreak \\u00e9"
}

input Range { from: Float = 0 to: Float }

"Exactly one way to find a user."
input UserBy @oneOf { id: ID email: String }

type Root {
  node(id: ID!): Node
  user(by: UserBy!): User
  search(text: String!, limit: Int = 20 @deprecated): [SearchResult!]! @cache
  now: DateTime
}

type Mutations { rename(id: ID!, name: String!): User }

type Events { userChanged(id: ID): User }

extend schema @tag(name: "extended")

extend type User @tag(name: "user") { age: Int }

extend interface Node @tag(name: "node")

extend union SearchResult = Root

extend enum ContactKind @tag(name: "kinds") { POST }

extend input Range @tag(name: "range") { inclusive: Boolean = true }

extend scalar Json @specifiedBy(url: "https://json.org")
`;

export const SDL_SCHEMAS = [
  ['minimal', 'type Query { a: String }'],
  ['rich', RICH],
  ['all-scalars', 'type Query { i: Int f: Float s: String b: Boolean id: ID }'],
  ['non-null-and-lists', 'type Query { a: String! b: [String] c: [String!] d: [String]! e: [String!]! f: [[Int!]!] }'],
  ['standard-root-names', 'type Query { q: String } type Mutation { m: String } type Subscription { s: String }'],
  ['standard-root-names-with-schema-definition', 'schema { query: Query mutation: Mutation } type Query { q: String } type Mutation { m: String }'],
  ['custom-query-root', 'schema { query: Root } type Root { a: String }'],
  ['custom-mutation-root-only-renamed', 'schema { query: Query mutation: Changes } type Query { a: String } type Changes { b: String }'],
  ['schema-description-only', '"""Described."""\nschema { query: Query } type Query { a: String }'],
  ['schema-with-directive', 'directive @d on SCHEMA schema @d { query: Query } type Query { a: String }'],
  ['query-type-named-differently-but-query-exists', 'schema { query: Other } type Query { a: String } type Other { b: String }'],
  ['mutation-without-schema-definition-unused-type', 'type Query { a: String } type Unused { b: Int }'],
  ['interfaces', 'interface A { a: String } interface B implements A { a: String b: Int } type T implements B & A { a: String b: Int c: Boolean } type Query { t: T a: A }'],
  ['unions', 'type A { a: String } type B { b: String } union U = A | B union Single = A type Query { u: U s: Single }'],
  ['enums', 'enum E { ONE TWO THREE } enum Deprecated { OLD @deprecated NEW } type Query { e(arg: E = TWO): E d: Deprecated }'],
  ['input-defaults', `input I { s: String = "str" i: Int = -1 f: Float = 1.25e2 b: Boolean = true n: String = null l: [Int] = [1, 2] o: J = { k: ONE } e: [E!] = ONE }
input J { k: E }
enum E { ONE TWO }
type Query { f(i: I = { s: "x" }, list: [I] = [{ i: 1 }, { b: false }]): String }`],
  ['string-default-escapes', 'type Query { f(a: String = "quote \\" backslash \\\\ tab \\t unicode \\u00e9 \\u{1F600}"): String }'],
  ['descriptions-everywhere', `"Scalar description." scalar S
"""Type description."""
type Query {
  "Field description."
  f(
    "Arg description."
    a: Int
  ): S
  "Multi\\nline via escape."
  g: String
}
"""
Enum description
with two lines.
"""
enum E {
  "Value description."
  V
}
"Input description." input I { "Input field description." x: Int }
"Directive description." directive @d("Directive arg." a: Int) on FIELD`],
  ['description-with-triple-quotes', '"""Contains \\""" triple quotes."""\ntype Query { a: String }'],
  ['description-with-leading-space', '"  starts with spaces" type Query { a: String }'],
  ['description-ends-with-quote', '"ends with \\"" type Query { a: String }'],
  ['description-ends-with-backslash', '"ends with \\\\" type Query { a: String }'],
  ['description-unicode', '"日本語 and emoji 🎉" type Query { a: String }'],
  ['description-long-single-line', `"${'x'.repeat(90)}" type Query { a: String }`],
  ['deprecations', `type Query {
  a: String @deprecated
  b: String @deprecated(reason: "Use \`a\`.")
  c: String @deprecated(reason: "No longer supported")
  d: String @deprecated(reason: "")
  e(x: Int @deprecated, y: Int @deprecated(reason: "because")): String
  f(i: I): String
}
input I { old: Int @deprecated(reason: "gone") new: Int }`],
  ['custom-directives', `directive @a on FIELD_DEFINITION
directive @b(x: Int!, y: [String] = ["z"]) repeatable on OBJECT | INTERFACE
directive @c(
  "Described argument."
  arg: Boolean
) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
type Query @b(x: 1) @b(x: 2) { a: String @a }`],
  ['redefined-specified-directive', 'directive @skip(if: Boolean!, reason: String) on FIELD type Query { a: String }'],
  ['specified-by', 'scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/") scalar Plain type Query { u: Url p: Plain }'],
  ['one-of', 'input Pick @oneOf { a: Int b: String c: [Int] } input Plain { a: Int } type Query { f(p: Pick, q: Plain): String }'],
  ['extensions-every-kind', `type Query { a: String }
extend type Query { b: Int }
interface I { x: Int }
extend interface I { y: Int }
type T implements I { x: Int y: Int }
extend type T { z: Int }
union U = T
type V { v: Int }
extend union U = V
enum E { A }
extend enum E { B }
input In { a: Int }
extend input In { b: Int }
scalar S
directive @d on SCALAR | OBJECT | SCHEMA
extend scalar S @d
extend type V @d
type Mutation { m: String }
extend schema { mutation: Mutation }
extend type Query { t: T u: U e(arg: In): E s: S }`],
  ['type-extension-adds-interface', 'interface I { a: String } type Query { a: String } extend type Query implements I'],
  ['types-in-definition-order', 'type Query { z: Z a: A } type Z { z: Int } type A { a: Int } type M { m: Int } enum B { X } scalar C'],
  ['recursive-types', 'type Query { node: Node } type Node { parent: Node children: [Node!]! self: Node! }'],
  ['input-recursive-nullable', 'input Tree { children: [Tree!] parent: Tree value: Int } type Query { f(t: Tree): Int }'],
  ['empty-types-via-extension', 'type Query { a: String } type Empty extend type Empty { b: Int }'],
  ['field-args-many', 'type Query { f(a: Int, b: String = "x", c: [Int!]!, d: Boolean = false, e: Float): String }'],
  ['subscription-only-custom-name', 'schema { query: Q subscription: S } type Q { a: Int } type S { b: Int }'],
  ['interface-without-implementations', 'interface Lonely { a: String } type Query { l: Lonely }'],
  ['enum-values-deprecated-many', 'enum Status { ACTIVE INACTIVE @deprecated(reason: "x") UNKNOWN @deprecated } type Query { s: Status }'],
  ['default-value-enum-in-list', 'enum E { A B } type Query { f(a: [E] = [A, B], b: E = A): Int }'],
  ['float-defaults', 'type Query { f(a: Float = 1, b: Float = 1.5, c: Float = -0.0, d: Float = 1e10, e: Float = 123456789.123): Int }'],
  ['int-defaults', 'type Query { f(a: Int = 0, b: Int = -2147483648, c: Int = 2147483647): Int }'],
  ['id-defaults', 'type Query { f(a: ID = "abc", b: ID = 123, c: [ID] = ["1", 2]): Int }'],
];
