// Execution with default resolvers over JSON root values: null propagation, abstract types,
// directives, fragments, aliases, operation selection and mutations.
import { executeRows } from './util.mjs';

export const area = 'execution';

const NULLS = `
type Query {
  nullable: String
  nonNull: String!
  object: Inner
  nonNullObject: Inner!
  list: [String]
  nonNullList: [String]!
  listOfNonNull: [String!]
  nonNullListOfNonNull: [String!]!
  objects: [Inner]
  nonNullObjects: [Inner!]
  nested: [[String!]]
}
type Inner {
  value: String
  nonNullValue: String!
  inner: Inner
  nonNullInner: Inner!
  items: [Inner!]!
}
`;

const NULLS_ROOT = {
  nullable: null,
  nonNull: null,
  object: { value: 'v', nonNullValue: null, inner: { value: 'deep', nonNullValue: null } },
  nonNullObject: { value: 'v', nonNullValue: null },
  list: ['a', null, 'c'],
  nonNullList: null,
  listOfNonNull: ['a', null, 'c'],
  nonNullListOfNonNull: ['a', null],
  objects: [{ value: 'a', nonNullValue: 'x' }, { value: 'b', nonNullValue: null }, null],
  nonNullObjects: [{ value: 'a', nonNullValue: 'x' }, { value: 'b', nonNullValue: null }],
  nested: [['a', 'b'], ['c', null], null],
};

const nullPropagation = [
  ['nullable-null', '{ nullable }'],
  ['non-null-null-nulls-data', '{ nonNull }'],
  ['non-null-null-with-sibling', '{ nullable nonNull }'],
  ['object-nullable-field-ok', '{ object { value } }'],
  ['object-non-null-field-null', '{ object { value nonNullValue } }'],
  ['non-null-object-propagates-to-root', '{ nonNullObject { value nonNullValue } nullable }'],
  ['deep-non-null-propagates-to-nullable-parent', '{ object { value inner { value nonNullValue } } }'],
  ['missing-non-null-inner', '{ object { nonNullInner { value } } }'],
  ['list-with-null-item', '{ list }'],
  ['non-null-list-null', '{ nonNullList }'],
  ['list-of-non-null-with-null', '{ listOfNonNull }'],
  ['non-null-list-of-non-null-with-null', '{ nonNullListOfNonNull nullable }'],
  ['objects-with-null-non-null-field', '{ objects { value nonNullValue } }'],
  ['non-null-objects-item-nulls-list', '{ nonNullObjects { value nonNullValue } }'],
  ['nested-lists', '{ nested }'],
  ['aliases-keep-separate-paths', '{ a: object { nonNullValue } b: object { value } }'],
  ['two-errors-same-parent', '{ nonNull alias: nonNull }'],
  ['missing-items-non-null-list-in-object', '{ object { items { value } } }'],
];

const nullRowsWithOwnRoot = [
  ['undefined-root-fields', '{ nullable list objects { value } }', { rootValue: {} }],
  ['null-root-value', '{ nullable }', { rootValue: null }],
  ['items-in-object', '{ object { items { value nonNullValue } } }', { rootValue: { object: { items: [{ value: 'a', nonNullValue: 'a' }, { value: 'b', nonNullValue: null }] } } }],
  ['empty-lists', '{ list nonNullList listOfNonNull nonNullListOfNonNull }', { rootValue: { list: [], nonNullList: [], listOfNonNull: [], nonNullListOfNonNull: [] } }],
  ['long-list-error-index', '{ listOfNonNull }', { rootValue: { listOfNonNull: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', null] } }],
];

const PETS = `
interface Named { name: String }
interface Pet implements Named { name: String owner: Person }
type Dog implements Pet & Named { name: String owner: Person barks: Boolean }
type Cat implements Pet & Named { name: String owner: Person meows: Boolean lives: Int }
type Person implements Named { name: String pets: [Pet] friends: [Named] }
union SearchResult = Dog | Cat | Person
type Query { pet: Pet pets: [Pet] search: [SearchResult] named: [Named] person: Person first: SearchResult }
`;

const PETS_ROOT = {
  pet: { __typename: 'Dog', name: 'Odie', barks: true },
  pets: [
    { __typename: 'Dog', name: 'Odie', barks: true },
    { __typename: 'Cat', name: 'Garfield', meows: false, lives: 9 },
  ],
  search: [
    { __typename: 'Cat', name: 'Tom', meows: true },
    { __typename: 'Person', name: 'Jon', pets: [{ __typename: 'Dog', name: 'Odie', barks: true }] },
    { __typename: 'Dog', name: 'Rex', barks: false },
  ],
  named: [
    { __typename: 'Person', name: 'Liz' },
    { __typename: 'Cat', name: 'Nermal', lives: 3 },
  ],
  person: {
    name: 'Jon',
    pets: [{ __typename: 'Cat', name: 'Garfield', lives: 9 }],
    friends: [{ __typename: 'Person', name: 'Liz' }, { __typename: 'Dog', name: 'Odie' }],
  },
  first: { __typename: 'Person', name: 'Jon' },
};

const abstractTypes = [
  ['interface-typename', '{ pet { __typename name } }'],
  ['interface-inline-fragment', '{ pet { name ... on Dog { barks } ... on Cat { meows } } }'],
  ['interface-list', '{ pets { __typename name ... on Cat { lives } } }'],
  ['union-list', '{ search { __typename ... on Named { name } ... on Dog { barks } ... on Person { pets { name } } } }'],
  ['union-typename-only', '{ search { __typename } }'],
  ['union-fragment-spreads', '{ search { ...D ...C } } fragment D on Dog { name barks } fragment C on Cat { name meows }'],
  ['interface-of-interface', '{ named { __typename name ... on Pet { owner { name } } } }'],
  ['nested-abstract-in-object', '{ person { name pets { name ... on Cat { lives } } friends { __typename name } } }'],
  ['union-single', '{ first { __typename ... on Person { name } } }'],
  ['fragment-on-interface-from-union', '{ search { ... on Pet { name } } }'],
  ['typename-on-root', '{ __typename }'],
  ['typename-aliased', '{ t: __typename pet { t: __typename } }'],
];

const abstractWithOwnRoot = [
  ['missing-typename', '{ pet { name } }', { rootValue: { pet: { name: 'Anon' } } }],
  ['typename-not-possible-type', '{ pet { name } }', { rootValue: { pet: { __typename: 'Person', name: 'Jon' } } }],
  ['typename-unknown-type', '{ pet { name } }', { rootValue: { pet: { __typename: 'Hamster', name: 'Hammy' } } }],
  ['typename-of-interface', '{ pet { name } }', { rootValue: { pet: { __typename: 'Named', name: 'x' } } }],
  ['union-missing-typename-in-list', '{ search { __typename } }', { rootValue: { search: [{ __typename: 'Dog' }, { name: 'who' }, null] } }],
  ['union-typename-not-member', '{ first { __typename } }', { rootValue: { first: { __typename: 'Named' } } }],
  ['typename-number', '{ pet { name } }', { rootValue: { pet: { __typename: 7, name: 'x' } } }],
];

const SIMPLE = `
type Query { a: String b: String c: Obj list: [Obj] }
type Obj { x: String y: String z: Obj }
type Mutation { first: Obj second: Obj third: String }
type Subscription { event: Obj }
`;

const SIMPLE_ROOT = {
  a: 'A',
  b: 'B',
  c: { x: 'x1', y: 'y1', z: { x: 'x2', y: 'y2' } },
  list: [{ x: 'l1' }, { x: 'l2', y: 'ly2' }],
  first: { x: 'f' },
  second: { y: 's' },
  third: 'T',
  event: { x: 'e' },
};

const directives = [
  ['skip-true', '{ a b @skip(if: true) }'],
  ['skip-false', '{ a b @skip(if: false) }'],
  ['include-true', '{ a b @include(if: true) }'],
  ['include-false', '{ a b @include(if: false) }'],
  ['skip-and-include-both', '{ a @skip(if: false) @include(if: true) b @skip(if: true) @include(if: true) }'],
  ['skip-variable', 'query ($s: Boolean!) { a @skip(if: $s) b }', { variables: { s: true } }],
  ['include-variable-false', 'query ($i: Boolean!) { a @include(if: $i) b }', { variables: { i: false } }],
  ['include-variable-default', 'query ($i: Boolean = false) { a @include(if: $i) b }'],
  ['skip-inline-fragment', '{ ... @skip(if: true) { a } b }'],
  ['include-fragment-spread', '{ ...F @include(if: false) b } fragment F on Query { a }'],
  ['skip-on-nested', '{ c { x y @skip(if: true) } }'],
  ['skip-one-of-merged-fields', '{ a @skip(if: true) a }'],
  ['include-missing-variable-value', 'query ($i: Boolean!) { a @include(if: $i) }'],
  ['skip-removes-everything', '{ a @skip(if: true) }'],
];

const fragmentsAndAliases = [
  ['aliases', '{ first: a second: b third: a }'],
  ['alias-nested', '{ obj: c { ex: x zed: z { x } } }'],
  ['merged-selections', '{ c { x } c { y } c { z { x } } }'],
  ['merged-via-fragments', '{ c { ...X } c { ...Y } } fragment X on Obj { x } fragment Y on Obj { y x }'],
  ['field-order-follows-first-occurrence', '{ b a c { y x } b }'],
  ['fragment-order', '{ ...F a } fragment F on Query { b c { x } }'],
  ['inline-fragment-without-type', '{ ... { a } b }'],
  ['nested-fragments', '{ c { ...A } } fragment A on Obj { x ...B } fragment B on Obj { y z { x } }'],
  ['list-of-objects', '{ list { x y } }'],
  ['typename-in-fragments', '{ c { ... on Obj { __typename } } }'],
];

const operations = [
  ['operation-name-selects', 'query A { a } query B { b }', { operationName: 'B' }],
  ['operation-name-missing', 'query A { a } query B { b }'],
  ['operation-name-unknown', 'query A { a } query B { b }', { operationName: 'C' }],
  ['operation-name-with-single', 'query A { a }', { operationName: 'A' }],
  ['operation-name-wrong-single', 'query A { a }', { operationName: 'B' }],
  ['anonymous-with-name-given', '{ a }', { operationName: 'A' }],
  ['fragment-only-document', 'fragment F on Query { a }'],
  ['mutation', 'mutation { first { x } second { y } third }'],
  ['mutation-aliases-in-order', 'mutation M { t: third f: first { x } s: second { y } }'],
  ['mutation-selected-by-name', 'query Q { a } mutation M { third }', { operationName: 'M' }],
  ['subscription-executes-once', 'subscription { event { x } }'],
  ['variables-for-other-operation', 'query A($v: Boolean!) { a @include(if: $v) } query B { b }', { operationName: 'B', variables: { v: 'junk' } }],
  ['syntax-error-in-execute', '{ a '],
  ['validation-error-in-execute', '{ nope }'],
];

const objectResults = [
  ['scalar-for-object', '{ c { x } }', { rootValue: { c: 'just a string' } }],
  ['list-for-object', '{ c { x } }', { rootValue: { c: [{ x: '1' }] } }],
  ['object-for-list', '{ list { x } }', { rootValue: { list: { x: '1' } } }],
  ['string-for-list', '{ list { x } }', { rootValue: { list: 'abc' } }],
  ['object-for-scalar', '{ a }', { rootValue: { a: { x: 1 } } }],
  ['list-for-scalar', '{ a }', { rootValue: { a: ['x'] } }],
  ['deep-null-object', '{ c { z { z { x } } } }', { rootValue: { c: { z: null } } }],
];

export const cases = [
  ...executeRows('null-propagation', NULLS, NULLS_ROOT, nullPropagation),
  ...executeRows('null-propagation', NULLS, undefined, nullRowsWithOwnRoot),
  ...executeRows('abstract', PETS, PETS_ROOT, abstractTypes),
  ...executeRows('abstract', PETS, undefined, abstractWithOwnRoot),
  ...executeRows('directives', SIMPLE, SIMPLE_ROOT, directives),
  ...executeRows('fragments', SIMPLE, SIMPLE_ROOT, fragmentsAndAliases),
  ...executeRows('operations', SIMPLE, SIMPLE_ROOT, operations),
  ...executeRows('results', SIMPLE, undefined, objectResults),
];
