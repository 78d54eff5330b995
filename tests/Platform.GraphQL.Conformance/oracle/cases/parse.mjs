// parse + print: documents that print (normalized), and syntax errors with their locations.
import { parseRows } from './util.mjs';

export const area = 'parse';

const KITCHEN_SINK = `
query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
  whoever123is: node(id: [123, 456]) {
    id ,
    ... on User @onInlineFragment {
      field2 {
        id ,
        alias: field1(first:10, after:$foo,) @include(if: $foo) {
          id,
          ...frag @onFragmentSpread
        }
      }
    }
    ... @skip(unless: $foo) {
      id
    }
    ... {
      id
    }
  }
}

mutation likeStory @onMutation {
  like(story: 123) @onField {
    story {
      id @onField
    }
  }
}

subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
  storyLikeSubscribe(input: $input) {
    story {
      likers {
        count
      }
      likeSentence {
        text
      }
    }
  }
}

fragment frag on Friend @onFragmentDefinition {
  foo(size: $size, bar: $b, obj: {key: "value", block: """
      block string uses \\"""
  """})
}

{
  unnamed(truthy: true, falsy: false, nullish: null),
  query
}

query { __typename }
`;

const SDL_KITCHEN_SINK = `
"""This is a description of the schema as a whole."""
schema {
  query: QueryType
  mutation: MutationType
}

"""
This is a description
of the \`Foo\` type.
"""
type Foo implements Bar & Baz & Two {
  "Description of the \`one\` field."
  one: Type
  """This is a description of the \`two\` field."""
  two(
    """This is a description of the \`argument\` argument."""
    argument: InputType!
  ): Type
  three(argument: InputType, other: String): Int
  four(argument: String = "string"): String
  five(argument: [String] = ["string", "string"]): String
  six(argument: InputType = {key: "value"}): Type
  seven(argument: Int = null): Type
}

type AnnotatedObject @onObject(arg: "value") {
  annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
}

type UndefinedType

extend type Foo {
  seven(argument: [String]): Type
}

extend type Foo @onType

interface Bar {
  one: Type
  four(argument: String = "string"): String
}

interface AnnotatedInterface @onInterface {
  annotatedField(arg: Type @onArgumentDefinition): Type @onField
}

interface UndefinedInterface

extend interface Bar implements Two {
  two(argument: InputType!): Type
}

extend interface Bar @onInterface

interface Baz implements Bar & Two {
  one: Type
  two(argument: InputType!): Type
  four(argument: String = "string"): String
}

union Feed =
  | Story
  | Article
  | Advert

union AnnotatedUnion @onUnion = A | B

union AnnotatedUnionTwo @onUnion = | A | B

union UndefinedUnion

extend union Feed = Photo | Video

extend union Feed @onUnion

scalar CustomScalar

scalar AnnotatedScalar @onScalar

extend scalar CustomScalar @onScalar

enum Site {
  """This is a description of the \`DESKTOP\` value"""
  DESKTOP

  """This is a description of the \`MOBILE\` value"""
  MOBILE

  "This is a description of the \`WEB\` value"
  WEB
}

enum AnnotatedEnum @onEnum {
  ANNOTATED_VALUE @onEnumValue
  OTHER_VALUE
}

enum UndefinedEnum

extend enum Site {
  VR
}

extend enum Site @onEnum

input InputType {
  key: String!
  answer: Int = 42
}

input AnnotatedInput @onInputObject {
  annotatedField: Type @onInputFieldDefinition
}

input UndefinedInput

extend input InputType {
  other: Float = 1.23e4 @onInputFieldDefinition
}

extend input InputType @onInputObject

"""This is a description of the \`@skip\` directive"""
directive @skip(
  """This is a description of the \`if\` argument"""
  if: Boolean! @onArgumentDefinition
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include(if: Boolean!)
  on FIELD
   | FRAGMENT_SPREAD
   | INLINE_FRAGMENT

directive @include2(if: Boolean!) on
  | FIELD
  | FRAGMENT_SPREAD
  | INLINE_FRAGMENT

directive @myRepeatableDir(name: String!) repeatable on
  | OBJECT
  | INTERFACE

extend schema @onSchema

extend schema @onSchema {
  subscription: SubscriptionType
}
`;

const printed = [
  ['kitchen-sink', KITCHEN_SINK],
  ['sdl-kitchen-sink', SDL_KITCHEN_SINK],
  ['shorthand', '{ a }'],
  ['named-query', 'query Q { a }'],
  ['anonymous-query-keyword', 'query { a }'],
  ['anonymous-with-variables', 'query ($a: Int) { a(b: $a) }'],
  ['anonymous-mutation', 'mutation { a }'],
  ['anonymous-subscription', 'subscription { a }'],
  ['nested-selections', '{a{b{c{d}}}}'],
  ['aliases', '{ x: a y: a(b: 1) }'],
  ['arguments-all-kinds', '{ a(i: 1, f: -1.5e10, s: "x", b: true, n: null, e: ENUM, l: [1, [2]], o: {a: 1, b: {c: [ENUM]}}, v: $v) }'],
  ['variable-definitions', 'query Q($a: Int = 1, $b: [String!]! = ["x"], $c: In = {a: 1}, $d: Boolean @dir) { a }'],
  ['variable-directives-args', 'query Q($a: Int @dir(x: 1) @other) { a }'],
  ['directives-everywhere', 'query Q @q { a @f(x: 1) ...F @s ... on T @i { b } ... @i2 { c } } fragment F on T @fd { d }'],
  ['fragment-definition', 'fragment F on T { a }'],
  ['inline-fragment-without-type', '{ ... { a } }'],
  ['commas-ignored', '{ a,,, b , c }'],
  ['comments-dropped', '# comment\n{ a # trailing\n b }'],
  ['unicode-bom', '\uFEFF{ a }'],
  ['string-escapes', '{ a(s: "quote \\" backslash \\\\ slash \\/ b \\b f \\f n \\n r \\r t \\t") }'],
  ['unicode-escape', '{ a(s: "\\u00e9\\u4E2D") }'],
  ['unicode-variable-escape', '{ a(s: "\\u{1F600} \\u{10FFFF} \\u{0}") }'],
  ['surrogate-pair-escape', '{ a(s: "\\uD83D\\uDE00") }'],
  ['raw-unicode-in-string', '{ a(s: "日本語 🎉") }'],
  ['control-chars-printed-escaped', '{ a(s: "\\u0001\\u001f\\u007F") }'],
  ['block-string-simple', '{ a(s: """block""") }'],
  ['block-string-indented', '{ a(s: """\n    first\n      second\n    third\n  """) }'],
  ['block-string-escaped-triple-quote', '{ a(s: """a \\""" b""") }'],
  ['block-string-four-quotes-unterminated', '{ a(s: """ends with """") }'],
  ['block-string-leading-space', '{ a(s: """   leading space""") }'],
  ['block-string-only-whitespace-lines', '{ a(s: """\n\n   \n""") }'],
  ['block-string-unicode', '{ a(s: """é 中 🎉""") }'],
  ['block-string-crlf', '{ a(s: """line1\r\nline2\rline3""") }'],
  ['block-string-backslash', '{ a(s: """C:\\path\\n no escape""") }'],
  ['block-string-multiline-in-list', '{ a(l: ["""one\ntwo""", """three"""]) }'],
  ['numbers', '{ a(x: 0, y: -0, z: 1.0, w: 1e3, v: 1E-3, u: -1.23e+4, t: 0.5) }'],
  ['long-arguments-wrap', '{ field(argumentNumberOne: "aaaaaaaaaaaaaaaaaaaa", argumentNumberTwo: "bbbbbbbbbbbbbbbbbbbb", argumentNumberThree: 3) }'],
  ['long-arguments-with-block-string', '{ field(arg: """block\nstring""") }'],
  ['empty-object-and-list', '{ a(o: {}, l: []) }'],
  ['keywords-as-names', '{ query mutation subscription fragment on true false null type schema }'],
  ['on-as-field-and-type-name', 'fragment onFrag on on { on }'],
  ['type-system-only', 'type Query { a: String }'],
  ['schema-extension', 'extend schema @dir { query: Q }'],
  ['descriptions-single-line', '"desc" type T { "field desc" f("arg desc" a: Int): Int }'],
  ['descriptions-block', '"""\nMulti\nline\n""" scalar S'],
  ['directive-definition-repeatable', 'directive @d(a: Int = 1) repeatable on FIELD | QUERY'],
  ['interface-implements-interface', 'interface A implements B & C { a: Int }'],
  ['implements-leading-ampersand', 'type T implements & A & B { a: Int }'],
  ['union-leading-pipe', 'union U = | A | B'],
  ['enum-values-with-directives', 'enum E { A @deprecated B @deprecated(reason: "no") }'],
  ['input-with-defaults', 'input I { a: Int = 1 b: [I!] = [{a: 2}] }'],
  ['field-arguments-multiline-descriptions', 'type T { f("""\n desc\n""" a: Int, b: String): Int }'],
  ['mixed-executable-and-sdl', '{ a } type T { a: Int } fragment F on T { a }'],
  ['selection-set-with-many-fields', '{ a b c d e f g h i j k l m n o p q r s t u v w x y z }'],
  ['deeply-nested-lists-type', 'query ($a: [[[[Int!]!]!]!]) { a }'],
  ['variables-in-list-and-object', '{ a(l: [$a, $b], o: {k: $c}) }'],
  ['empty-selection-set', '{ a { } }'],
  ['description-on-fragment', '"frag desc" fragment F on T { a }'],
  ['description-on-variable', 'query Q("var desc" $a: Int, """block\ndesc""" $b: Int) { a }'],
  ['block-description-on-named-query', '"""\nquery desc\n"""\nquery Q { a }'],
  ['block-string-trailing-escaped-quotes', '{ a(s: """ends with \\"""""") }'],
  ['block-string-with-single-quotes', `{ a(s: """she said "hi" and 'bye'""") }`],
];

const syntaxErrors = [
  ['empty-document', ''],
  ['only-whitespace', '   \n\t  '],
  ['only-comment', '# nothing here'],
  ['unclosed-selection', '{ a'],
  ['unclosed-selection-nested', '{ a { b }'],
  ['missing-field-name', '{ ...on }'],
  ['unexpected-name-top-level', 'notAnOperation Foo { a }'],
  ['unexpected-string-top-level', '"description" { a }'],
  ['unexpected-brace', '}'],
  ['unexpected-bracket-in-selection', '{ [a] }'],
  ['fragment-named-on', 'fragment on on on { on }'],
  ['fragment-missing-type-condition', 'fragment F { a }'],
  ['fragment-arguments-not-enabled', 'fragment F($a: Int) on T { a }'],
  ['spread-missing-name', '{ ... }'],
  ['argument-missing-value', '{ a(b:) }'],
  ['argument-missing-colon', '{ a(b 1) }'],
  ['empty-arguments', '{ a() }'],
  ['variable-in-default', 'query ($a: Int = $b) { a }'],
  ['variable-missing-type', 'query ($a) { a }'],
  ['variable-missing-dollar-name', 'query ($: Int) { a }'],
  ['empty-variable-definitions', 'query Q() { a }'],
  ['list-type-unclosed', 'query ($a: [Int) { a }'],
  ['double-bang', 'query ($a: Int!!) { a }'],
  ['object-field-missing-colon', '{ a(o: {b 1}) }'],
  ['object-unclosed', '{ a(o: {b: 1) }'],
  ['list-unclosed', '{ a(l: [1, 2) }'],
  ['unterminated-string', '{ a(s: "unterminated) }'],
  ['string-with-newline', '{ a(s: "line\nbreak") }'],
  ['unterminated-block-string', '{ a(s: """never ends) }'],
  ['invalid-escape', '{ a(s: "\\x") }'],
  ['invalid-unicode-escape-short', '{ a(s: "\\u12") }'],
  ['invalid-unicode-escape-chars', '{ a(s: "\\uXYZW") }'],
  ['invalid-unicode-braced-empty', '{ a(s: "\\u{}") }'],
  ['invalid-unicode-braced-too-big', '{ a(s: "\\u{110000}") }'],
  ['invalid-unicode-braced-unclosed', '{ a(s: "\\u{1F600") }'],
  ['lone-leading-surrogate-escape', '{ a(s: "\\uD800") }'],
  ['lone-trailing-surrogate-escape', '{ a(s: "\\uDE00") }'],
  ['leading-surrogate-then-non-surrogate', '{ a(s: "\\uD83D\\u0041") }'],
  ['braced-surrogate-escape', '{ a(s: "\\u{D800}") }'],
  ['control-char-in-string-allowed', '{ a(s: "a\u0007b") }'],
  ['control-char-in-source', '{ a \u0007 }'],
  ['invalid-character-question', '{ a? }'],
  ['invalid-character-unicode', '{ a ☃ }'],
  ['invalid-character-emoji', '{ 🎉 }'],
  ['single-quote-string', "{ a(s: 'single') }"],
  ['lone-dot', '{ a . b }'],
  ['two-dots', '{ ..F }'],
  ['number-leading-zero', '{ a(x: 01) }'],
  ['number-trailing-dot', '{ a(x: 1.) }'],
  ['number-leading-dot', '{ a(x: .5) }'],
  ['number-missing-exponent', '{ a(x: 1e) }'],
  ['number-exponent-sign-only', '{ a(x: 1e+) }'],
  ['number-followed-by-name', '{ a(x: 123abc) }'],
  ['float-followed-by-name', '{ a(x: 1.5e3x) }'],
  ['number-followed-by-dot', '{ a(x: 1.2.3) }'],
  ['negative-without-digits', '{ a(x: -) }'],
  ['minus-name', '{ a(x: -abc) }'],
  ['number-followed-by-underscore', '{ a(x: 0_1) }'],
  ['dollar-alone', '{ a(x: $) }'],
  ['variable-with-space-allowed', '{ a(x: $ b) }'],
  ['name-starting-with-digit-as-field', '{ 1a }'],
  ['ampersand-in-selection', '{ a & b }'],
  ['pipe-in-selection', '{ a | b }'],
  ['directive-without-name', '{ a @ }'],
  ['directive-missing-args-close', '{ a @d(x: 1 }'],
  ['operation-type-unknown', 'query2 { a }'],
  ['type-definition-missing-name', 'type { a: Int }'],
  ['field-definition-missing-type', 'type T { a }'],
  ['field-definition-missing-colon', 'type T { a Int }'],
  ['union-missing-members', 'union U ='],
  ['union-double-pipe', 'union U = A || B'],
  ['enum-value-true', 'enum E { true }'],
  ['enum-value-null', 'enum E { A null }'],
  ['enum-value-false', 'enum E { false }'],
  ['directive-definition-missing-on', 'directive @d(a: Int) FIELD'],
  ['directive-definition-unknown-location', 'directive @d on FIELD | NOWHERE'],
  ['directive-definition-missing-at', 'directive d on FIELD'],
  ['implements-missing-type', 'type T implements { a: Int }'],
  ['implements-comma-separated-legacy', 'type T implements A, B { a: Int }'],
  ['extend-without-type', 'extend T { a: Int }'],
  ['extend-type-without-anything', 'extend type T'],
  ['extend-schema-without-anything', 'extend schema'],
  ['extend-scalar-without-directives', 'extend scalar S'],
  ['extend-union-without-anything', 'extend union U'],
  ['extend-enum-without-anything', 'extend enum E'],
  ['extend-input-without-anything', 'extend input I'],
  ['extend-interface-without-anything', 'extend interface I'],
  ['schema-empty-operation-types', 'schema { }'],
  ['schema-bad-operation-type', 'schema { querry: Q }'],
  ['description-on-extension', '"desc" extend type T { a: Int }'],
  ['description-on-operation-allowed', '"desc" query { a }'],
  ['empty-fields-definition', 'type T { }'],
  ['empty-input-fields', 'input I { }'],
  ['empty-enum-values', 'enum E { }'],
  ['input-value-with-variable-default', 'input I { a: Int = $v }'],
  ['argument-definition-variable-default', 'type T { f(a: Int = $v): Int }'],
  ['const-directive-with-variable-in-sdl', 'type T @d(a: $v) { a: Int }'],
  ['unclosed-block-string-in-description', '"""unterminated\ntype T { a: Int }'],
  ['block-string-after-selection', '{ a } """stray"""'],
  ['name-after-document', '{ a } b'],
  ['extra-closing-brace', '{ a } }'],
  ['unicode-escape-in-name', '{ \\u0061 }'],
  ['non-breaking-space', '{ a\u00A0b }'],
  ['zero-width-space', '{ a\u200Bb }'],
  ['nul-character', '{ a\u0000 }'],
  ['line-separator', '{ a\u2028b }'],
  ['error-location-after-crlf', '{\r\n  a\r\n  ?\r\n}'],
  ['error-location-after-cr', '{\r  a\r  ?\r}'],
  ['error-location-after-unicode', '{ a(s: "日本語🎉") ? }'],
  ['error-location-in-block-string', '{ a(s: """\n\n  line\n""") ?? }'],
];

export const cases = [...parseRows('print', printed), ...parseRows('syntax-error', syntaxErrors)];
