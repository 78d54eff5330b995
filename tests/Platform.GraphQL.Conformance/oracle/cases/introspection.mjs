// The full introspection query (every option on) over the shared schemas, plus hand-written
// introspection queries that exercise arguments and meta fields.
import { RICH, SDL_SCHEMAS } from './sdl-schemas.mjs';
import { executeRows, schemaRows } from './util.mjs';

export const area = 'introspection';

const queries = [
  ['schema-description', '{ __schema { description } }'],
  ['root-types', '{ __schema { queryType { name kind } mutationType { name } subscriptionType { name } } }'],
  ['type-names', '{ __schema { types { name kind } } }'],
  ['directives', '{ __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } } }'],
  ['user-fields-default', '{ __type(name: "User") { fields { name isDeprecated deprecationReason } } }'],
  ['user-fields-with-deprecated', '{ __type(name: "User") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }'],
  ['user-fields-without-deprecated', '{ __type(name: "User") { fields(includeDeprecated: false) { name } } }'],
  ['field-args-deprecated', '{ __type(name: "User") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } } }'],
  ['enum-values', '{ __type(name: "Scope") { enumValues { name description } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }'],
  ['input-fields', '{ __type(name: "Filter") { inputFields { name defaultValue } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason type { name kind ofType { name kind } } } } }'],
  ['one-of', '{ a: __type(name: "UserBy") { isOneOf } b: __type(name: "Filter") { isOneOf } c: __type(name: "User") { isOneOf } }'],
  ['specified-by-url', '{ a: __type(name: "DateTime") { specifiedByURL } b: __type(name: "Json") { specifiedByURL } c: __type(name: "String") { specifiedByURL } }'],
  ['interfaces-and-possible-types', '{ node: __type(name: "Node") { interfaces { name } possibleTypes { name } } entity: __type(name: "Entity") { interfaces { name } possibleTypes { name } } user: __type(name: "User") { interfaces { name } possibleTypes { name } } }'],
  ['union-possible-types', '{ __type(name: "SearchResult") { kind possibleTypes { name } fields { name } interfaces { name } } }'],
  ['wrapped-types', '{ __type(name: "User") { fields(includeDeprecated: true) { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }'],
  ['scalar-type-fields-null', '{ __type(name: "DateTime") { kind name description fields { name } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } } }'],
  ['builtin-scalar-descriptions', '{ a: __type(name: "Int") { description } b: __type(name: "Float") { description } c: __type(name: "String") { description } d: __type(name: "Boolean") { description } e: __type(name: "ID") { description } }'],
  ['meta-type-descriptions', '{ __type(name: "__Type") { name description fields { name description } } }'],
  ['type-kind-enum', '{ __type(name: "__TypeKind") { enumValues { name description } } }'],
  ['directive-location-enum', '{ __type(name: "__DirectiveLocation") { enumValues { name description } } }'],
  ['typename-on-introspection-types', '{ __schema { __typename queryType { __typename } } __type(name: "Root") { __typename fields { __typename type { __typename } } } }'],
  ['aliases-and-fragments', '{ s: __schema { ...T } } fragment T on __Schema { q: queryType { n: name ... on __Type { k: kind } } }'],
  ['type-by-name-unknown', '{ __type(name: "Nope") { name } }'],
  ['type-by-name-introspection', '{ __type(name: "__Schema") { name kind fields { name } } }'],
  ['deprecated-directive-definition', '{ __schema { directives { name description args { name description type { name kind ofType { name } } defaultValue } } } }'],
];

export const cases = [
  ...schemaRows('full', 'introspect', SDL_SCHEMAS),
  ...executeRows('query', RICH, undefined, queries),
];
