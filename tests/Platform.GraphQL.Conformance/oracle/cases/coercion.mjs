// Coercion of variables, arguments and results for every scalar, enums, input objects, @oneOf,
// lists, defaults, nulls and missing values.
import { executeRows } from './util.mjs';

export const area = 'coercion';

const INPUTS = `
enum Color { RED GREEN BLUE }
input Point { x: Int! y: Int! = 0 label: String }
input Nested { point: Point points: [Point!] color: Color tags: [String] }
input Choice @oneOf { int: Int str: String point: Point }
type Query {
  int(v: Int): String
  float(v: Float): String
  string(v: String): String
  boolean(v: Boolean): String
  id(v: ID): String
  color(v: Color): String
  point(v: Point): String
  nested(v: Nested): String
  choice(v: Choice): String
  ints(v: [Int]): String
  nonNullInts(v: [Int!]!): String
  matrix(v: [[Int]]): String
  required(v: Int!): String
  requiredWithDefault(v: Int! = 5): String
  optionalWithDefault(v: Int = 5): String
}
`;

const ROOT = { int: 'ok', float: 'ok', string: 'ok', boolean: 'ok', id: 'ok', color: 'ok', point: 'ok', nested: 'ok', choice: 'ok', ints: 'ok', nonNullInts: 'ok', matrix: 'ok', required: 'ok', requiredWithDefault: 'ok', optionalWithDefault: 'ok' };

// [field, variable type, JSON value (undefined = not provided), name]
const variableMatrix = [
  ['int', 'Int', 1, 'int-ok'],
  ['int', 'Int', -2147483648, 'int-min'],
  ['int', 'Int', 2147483648, 'int-too-big'],
  ['int', 'Int', 1.5, 'int-fraction'],
  ['int', 'Int', '1', 'int-string'],
  ['int', 'Int', true, 'int-boolean'],
  ['int', 'Int', null, 'int-null'],
  ['int', 'Int', [1], 'int-list'],
  ['int', 'Int', { a: 1 }, 'int-object'],
  ['int', 'Int', 1e100, 'int-huge-float'],
  ['int', 'Int!', null, 'non-null-int-null'],
  ['int', 'Int!', undefined, 'non-null-int-missing'],
  ['int', 'Int', undefined, 'nullable-int-missing'],
  ['float', 'Float', 1.5, 'float-ok'],
  ['float', 'Float', 1, 'float-from-int'],
  ['float', 'Float', '1.5', 'float-string'],
  ['float', 'Float', false, 'float-boolean'],
  ['float', 'Float', 1e308, 'float-large'],
  ['float', 'Float', [], 'float-empty-list'],
  ['string', 'String', 'text', 'string-ok'],
  ['string', 'String', '', 'string-empty'],
  ['string', 'String', 1, 'string-int'],
  ['string', 'String', 1.5, 'string-float'],
  ['string', 'String', true, 'string-boolean'],
  ['string', 'String', { a: 'b' }, 'string-object'],
  ['string', 'String', ['a'], 'string-list'],
  ['boolean', 'Boolean', true, 'boolean-ok'],
  ['boolean', 'Boolean', 1, 'boolean-int'],
  ['boolean', 'Boolean', 0, 'boolean-zero'],
  ['boolean', 'Boolean', 'true', 'boolean-string'],
  ['id', 'ID', 'abc', 'id-string'],
  ['id', 'ID', 123, 'id-int'],
  ['id', 'ID', 1.5, 'id-float'],
  ['id', 'ID', true, 'id-boolean'],
  ['id', 'ID', 12345678901234, 'id-big-int'],
  ['id', 'ID', ['1'], 'id-list'],
  ['color', 'Color', 'RED', 'enum-ok'],
  ['color', 'Color', 'red', 'enum-wrong-case'],
  ['color', 'Color', 'PURPLE', 'enum-unknown'],
  ['color', 'Color', 'GREN', 'enum-suggestion'],
  ['color', 'Color', 1, 'enum-int'],
  ['color', 'Color', true, 'enum-boolean'],
  ['color', 'Color', { RED: true }, 'enum-object'],
  ['point', 'Point', { x: 1 }, 'input-default-field'],
  ['point', 'Point', { x: 1, y: 2, label: 'p' }, 'input-all-fields'],
  ['point', 'Point', { y: 2 }, 'input-missing-required'],
  ['point', 'Point', { x: null }, 'input-null-required'],
  ['point', 'Point', { x: 1, y: null }, 'input-null-non-null-with-default'],
  ['point', 'Point', { x: 1, z: 3 }, 'input-unknown-field'],
  ['point', 'Point', { x: 1, lable: 'p' }, 'input-unknown-field-suggestion'],
  ['point', 'Point', { x: 'one' }, 'input-wrong-field-type'],
  ['point', 'Point', 'x=1', 'input-string'],
  ['point', 'Point', [{ x: 1 }], 'input-list'],
  ['point', 'Point', {}, 'input-empty-object'],
  ['point', 'Point', { x: 'a', y: 'b', q: 1 }, 'input-several-errors'],
  ['nested', 'Nested', { point: { x: 1 }, points: [{ x: 1 }, { x: 2, y: 3 }], color: 'BLUE', tags: ['a', null] }, 'nested-ok'],
  ['nested', 'Nested', { points: [{ x: 1 }, null] }, 'nested-null-in-non-null-list'],
  ['nested', 'Nested', { points: [{ x: 1 }, { y: 1 }] }, 'nested-missing-in-list-item'],
  ['nested', 'Nested', { point: { x: 'bad' } }, 'nested-bad-deep-field'],
  ['nested', 'Nested', { color: 'NOPE' }, 'nested-bad-enum'],
  ['nested', 'Nested', { tags: 'single' }, 'nested-single-to-list'],
  ['nested', 'Nested', { points: { x: 1 } }, 'nested-object-to-list'],
  ['choice', 'Choice', { int: 1 }, 'one-of-ok'],
  ['choice', 'Choice', { point: { x: 1 } }, 'one-of-object'],
  ['choice', 'Choice', { int: 1, str: 'a' }, 'one-of-two-fields'],
  ['choice', 'Choice', { int: null }, 'one-of-null'],
  ['choice', 'Choice', {}, 'one-of-empty'],
  ['choice', 'Choice', { nope: 1 }, 'one-of-unknown'],
  ['choice', 'Choice', { int: 'x' }, 'one-of-bad-value'],
  ['choice', 'Choice', { int: null, str: null }, 'one-of-two-nulls'],
  ['ints', '[Int]', [1, 2, null], 'list-ok'],
  ['ints', '[Int]', 7, 'list-single-value'],
  ['ints', '[Int]', [1, 'two', 3.5], 'list-bad-items'],
  ['ints', '[Int]', null, 'list-null'],
  ['ints', '[Int]', [], 'list-empty'],
  ['nonNullInts', '[Int!]!', [1, null], 'non-null-list-null-item'],
  ['nonNullInts', '[Int!]!', null, 'non-null-list-null'],
  ['nonNullInts', '[Int!]!', 3, 'non-null-list-single'],
  ['nonNullInts', '[Int!]!', undefined, 'non-null-list-missing'],
  ['matrix', '[[Int]]', [[1], [2, 3]], 'matrix-ok'],
  ['matrix', '[[Int]]', [1, 2], 'matrix-flat-items'],
  ['matrix', '[[Int]]', 1, 'matrix-single'],
  ['matrix', '[[Int]]', [['a']], 'matrix-bad-item'],
  ['matrix', '[[Int]]', [[1], null], 'matrix-null-row'],
];

function variableCase([field, type, value, name]) {
  const extra = value === undefined ? {} : { variables: { v: value } };
  return [name, `query ($v: ${type}) { ${field}(v: $v) }`, extra];
}

const argumentsAndDefaults = [
  ['literal-args-all-kinds', '{ int(v: 1) float(v: 1.5) string(v: "s") boolean(v: false) id(v: 4) color(v: GREEN) point(v: { x: 1 }) choice(v: { str: "a" }) ints(v: [1, 2]) matrix(v: [[1]]) }'],
  ['required-arg-with-variable-provided', 'query ($v: Int!) { required(v: $v) }', { variables: { v: 3 } }],
  ['nullable-variable-to-required-arg-runtime-null', 'query ($v: Int = 1) { required(v: $v) }', { variables: { v: null } }],
  ['nullable-variable-default-to-required-arg', 'query ($v: Int = 1) { required(v: $v) }'],
  ['nullable-variable-to-required-with-default-missing', 'query ($v: Int) { requiredWithDefault(v: $v) }'],
  ['nullable-variable-to-required-with-default-null', 'query ($v: Int) { requiredWithDefault(v: $v) }', { variables: { v: null } }],
  ['optional-with-default-variable-missing', 'query ($v: Int) { optionalWithDefault(v: $v) }'],
  ['variable-default-used', 'query ($v: Int = 42) { int(v: $v) }'],
  ['variable-default-overridden-by-null', 'query ($v: Int = 42) { int(v: $v) }', { variables: { v: null } }],
  ['variable-default-object', 'query ($v: Point = { x: 1 }) { point(v: $v) }'],
  ['variable-default-list-coerced', 'query ($v: [Int] = 1) { ints(v: $v) }'],
  ['variable-in-list-literal', 'query ($a: Int, $b: Int) { ints(v: [$a, $b, 3]) }', { variables: { a: 1 } }],
  ['variable-in-object-literal', 'query ($x: Int!) { point(v: { x: $x, label: "l" }) }', { variables: { x: 5 } }],
  ['variable-in-object-literal-missing-required', 'query ($x: Int) { point(v: { x: $x }) }'],
  ['one-of-variable-in-literal', 'query ($i: Int!) { choice(v: { int: $i }) }', { variables: { i: 1 } }],
  ['one-of-variable-in-literal-missing', 'query ($i: Int!) { choice(v: { int: $i }) }'],
  ['extra-unknown-variables-ignored', 'query ($v: Int) { int(v: $v) }', { variables: { v: 1, other: 'x' } }],
  ['variables-not-an-input-type-skipped', 'query ($v: Int) { int(v: $v) }', { variables: {} }],
  ['many-variable-errors', 'query ($a: Int, $b: String!, $c: Color, $d: Point) { int(v: $a) string(v: $b) color(v: $c) point(v: $d) }', { variables: { a: 'x', c: 'NOPE', d: { y: 1 } } }],
  ['introspection-arg-from-variable', 'query ($n: String!) { __type(name: $n) { name kind } }', { variables: { n: 'Point' } }],
  ['introspection-arg-default', 'query ($n: String! = "Color") { __type(name: $n) { name enumValues { name } } }'],
  ['introspection-boolean-arg-variable', 'query ($d: Boolean) { __type(name: "Query") { fields(includeDeprecated: $d) { name } } }', { variables: { d: false } }],
  ['introspection-unknown-type', '{ __type(name: "Nope") { name } }'],
];

const OUTPUTS = `
enum Color { RED GREEN BLUE }
type Query {
  int: Int float: Float string: String boolean: Boolean id: ID color: Color
  ints: [Int] colors: [Color] nonNullInt: Int! strings: [String!]
}
`;

// [field, JSON value, name]
const resultMatrix = [
  ['int', 42, 'int-ok'],
  ['int', -0, 'int-negative-zero'],
  ['int', 1.0, 'int-integral-float'],
  ['int', 1.5, 'int-fraction'],
  ['int', 2147483648, 'int-too-big'],
  ['int', '12', 'int-numeric-string'],
  ['int', 'abc', 'int-string'],
  ['int', '', 'int-empty-string'],
  ['int', true, 'int-true'],
  ['int', false, 'int-false'],
  ['int', [1], 'int-list'],
  ['int', { a: 1 }, 'int-object'],
  ['float', 1.5, 'float-ok'],
  ['float', 3, 'float-int'],
  ['float', '1.5', 'float-numeric-string'],
  ['float', 'x', 'float-string'],
  ['float', true, 'float-boolean'],
  ['float', 1e300, 'float-large'],
  ['string', 'abc', 'string-ok'],
  ['string', 7, 'string-int'],
  ['string', 7.25, 'string-float'],
  ['string', true, 'string-true'],
  ['string', false, 'string-false'],
  ['string', { toString: 'x' }, 'string-object'],
  ['string', [], 'string-empty-list'],
  ['boolean', true, 'boolean-ok'],
  ['boolean', 1, 'boolean-one'],
  ['boolean', 0, 'boolean-zero'],
  ['boolean', 2.5, 'boolean-fraction'],
  ['boolean', 'true', 'boolean-string'],
  ['boolean', {}, 'boolean-object'],
  ['id', 'abc', 'id-string'],
  ['id', 123, 'id-int'],
  ['id', 1.5, 'id-float'],
  ['id', true, 'id-boolean'],
  ['id', -7, 'id-negative'],
  ['color', 'RED', 'enum-ok'],
  ['color', 'PURPLE', 'enum-unknown'],
  ['color', 'red', 'enum-wrong-case'],
  ['color', 1, 'enum-int'],
  ['color', true, 'enum-boolean'],
  ['ints', [1, null, 3], 'int-list-ok'],
  ['ints', [1, 'x', 2.5], 'int-list-bad-items'],
  ['ints', 5, 'int-list-from-scalar'],
  ['colors', ['RED', 'NOPE', 'BLUE'], 'enum-list-bad-item'],
  ['nonNullInt', 'x', 'non-null-int-bad-value'],
  ['strings', ['a', null, 'c'], 'non-null-strings-null-item'],
  ['strings', [1, true, 'x'], 'strings-coerced-items'],
];

export const cases = [
  ...executeRows('variables', INPUTS, ROOT, variableMatrix.map(variableCase)),
  ...executeRows('arguments', INPUTS, ROOT, argumentsAndDefaults),
  ...executeRows('results', OUTPUTS, undefined, resultMatrix.map(([field, value, name]) => [name, `{ ${field} }`, { rootValue: { [field]: value } }])),
];
