namespace Platform.GraphQL.Tests.Language;

/// <summary>
/// Inputs and the output graphql-js 17.1.0 <c>print</c> gives for them (generated with graphql-js; not hand-written).
/// </summary>
internal static class PrinterTestCases
{
    public static readonly Dictionary<string, (string Source, string Expected)> Documents = new()
    {
        ["kitchen sink query"] = (
            """"

            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
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

            subscription StoryLikeSubscription(
              $input: StoryLikeSubscribeInput @onVariableDefinition
            )
              @onSubscription {
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
              foo(
                size: $size
                bar: $b
                obj: {
                  key: "value"
                  block: """
                  block string uses \"""
                  """
                }
              )
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null)
              query
            }

            query {
              __typename
            }

            """",
            """"
            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
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
              foo(
                size: $size
                bar: $b
                obj: { key: "value", block: """
                block string uses \"""
                """ }
              )
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null)
              query
            }

            {
              __typename
            }
            """"),
        ["kitchen sink SDL"] = (
            """"

            """This is a description of the schema as a whole."""
            schema {
              query: QueryType
              mutation: MutationType
            }

            """
            This is a description
            of the `Foo` type.
            """
            type Foo implements Bar & Baz & Two {
              "Description of the `one` field."
              one: Type
              """
              This is a description of the `two` field.
              """
              two(
                """
                This is a description of the `argument` argument.
                """
                argument: InputType!
              ): Type
              """This is a description of the `three` field."""
              three(argument: InputType, other: String): Int
              four(argument: String = "string"): String
              five(argument: [String] = ["string", "string"]): String
              six(argument: InputType = {key: "value"}): Type
              seven(argument: Int = null): Type
              eight(argument: OneOfInputType): Type
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
              """
              This is a description of the `DESKTOP` value
              """
              DESKTOP

              """This is a description of the `MOBILE` value"""
              MOBILE

              "This is a description of the `WEB` value"
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

            input OneOfInputType @oneOf {
              string: String
              int: Int
            }

            input AnnotatedInput @onInputObject {
              annotatedField: Type @onInputFieldDefinition
            }

            input UndefinedInput

            extend input InputType {
              other: Float = 1.23e4 @onInputFieldDefinition
            }

            extend input InputType @onInputObject

            """
            This is a description of the `@skip` directive
            """
            directive @skip(
              """This is a description of the `if` argument"""
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

            """",
            """"
            """This is a description of the schema as a whole."""
            schema {
              query: QueryType
              mutation: MutationType
            }

            """
            This is a description
            of the `Foo` type.
            """
            type Foo implements Bar & Baz & Two {
              "Description of the `one` field."
              one: Type
              """This is a description of the `two` field."""
              two(
                """This is a description of the `argument` argument."""
                argument: InputType!
              ): Type
              """This is a description of the `three` field."""
              three(argument: InputType, other: String): Int
              four(argument: String = "string"): String
              five(argument: [String] = ["string", "string"]): String
              six(argument: InputType = { key: "value" }): Type
              seven(argument: Int = null): Type
              eight(argument: OneOfInputType): Type
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

            union Feed = Story | Article | Advert

            union AnnotatedUnion @onUnion = A | B

            union AnnotatedUnionTwo @onUnion = A | B

            union UndefinedUnion

            extend union Feed = Photo | Video

            extend union Feed @onUnion

            scalar CustomScalar

            scalar AnnotatedScalar @onScalar

            extend scalar CustomScalar @onScalar

            enum Site {
              """This is a description of the `DESKTOP` value"""
              DESKTOP
              """This is a description of the `MOBILE` value"""
              MOBILE
              "This is a description of the `WEB` value"
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

            input OneOfInputType @oneOf {
              string: String
              int: Int
            }

            input AnnotatedInput @onInputObject {
              annotatedField: Type @onInputFieldDefinition
            }

            input UndefinedInput

            extend input InputType {
              other: Float = 1.23e4 @onInputFieldDefinition
            }

            extend input InputType @onInputObject

            """This is a description of the `@skip` directive"""
            directive @skip(
              """This is a description of the `if` argument"""
              if: Boolean! @onArgumentDefinition
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

            extend schema @onSchema

            extend schema @onSchema {
              subscription: SubscriptionType
            }
            """"),
        ["shorthand query"] = (
            "{ a b { c } }",
            """
            {
              a
              b {
                c
              }
            }
            """),
        ["anonymous query with variables keeps the keyword"] = (
            "query ($a: Int, $b: [String!]! = [\"x\"]) { f(a: $a) }",
            """
            query ($a: Int, $b: [String!]! = ["x"]) {
              f(a: $a)
            }
            """),
        ["named query"] = (
            "query Q { a }",
            """
            query Q {
              a
            }
            """),
        ["anonymous query with only directives"] = (
            "query @live { a }",
            """
            query @live {
              a
            }
            """),
        ["anonymous mutation and subscription"] = (
            "mutation { a } subscription { b }",
            """
            mutation {
              a
            }

            subscription {
              b
            }
            """),
        ["operation descriptions"] = (
            """"
            "one line" query Q { a } """block
            description""" mutation { b } "x" query { c }
            """",
            """"
            "one line"
            query Q {
              a
            }

            """
            block
            description
            """
            mutation {
              b
            }

            "x"
            query {
              c
            }
            """"),
        ["fragment description and directives"] = (
            "\"frag\" fragment F on T @a @b(x: 1) { a }",
            """
            "frag"
            fragment F on T @a @b(x: 1) {
              a
            }
            """),
        ["variable descriptions put each definition on its own unindented line"] = (
            "query Q(\"first\" $a: Int, $b: Int = 1 @d) { a }",
            """
            query Q(
            "first"
            $a: Int
            $b: Int = 1 @d
            ) {
              a
            }
            """),
        ["variable block-string default spans lines"] = (
            """"
            query Q($a: String = """x
            y""", $b: Int) { a }
            """",
            """"
            query Q(
            $a: String = """
            x
            y
            """
            $b: Int
            ) {
              a
            }
            """"),
        ["variable with long list default wraps"] = (
            "query Q($a: [String] = [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]) { a }",
            """
            query Q(
            $a: [String] = [
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            ]
            ) {
              a
            }
            """),
        ["variable directives"] = (
            "query Q($a: Int @one @two(x: [1, 2])) { a }",
            """
            query Q($a: Int @one @two(x: [1, 2])) {
              a
            }
            """),
        ["aliases arguments directives nested"] = (
            "{ alias: field(a: 1, b: \"two\", c: THREE, d: $four) @skip(if: false) { x { y { z } } } }",
            """
            {
              alias: field(a: 1, b: "two", c: THREE, d: $four) @skip(if: false) {
                x {
                  y {
                    z
                  }
                }
              }
            }
            """),
        ["empty selection set"] = (
            "{}",
            "{}"),
        ["field arguments exactly 80 columns stay on one line"] = (
            "{ fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff(arg: 123456) }",
            """
            {
              fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff(arg: 123456)
            }
            """),
        ["field arguments over 80 columns wrap"] = (
            "{ ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff(arg: 123456) }",
            """
            {
              ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff(
                arg: 123456
              )
            }
            """),
        ["alias counts toward the 80 columns"] = (
            "{ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: ffffffffffffffffffffffffffffff(arg1: 1, arg2: 22) }",
            """
            {
              aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: ffffffffffffffffffffffffffffff(
                arg1: 1
                arg2: 22
              )
            }
            """),
        ["wrapped arguments inside nested selections"] = (
            "{ a { b { c(first: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", second: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") { d } } } }",
            """
            {
              a {
                b {
                  c(
                    first: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                    second: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                  ) {
                    d
                  }
                }
              }
            }
            """),
        ["list value exactly 80 columns"] = (
            "{ f(l: [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]) }",
            """
            {
              f(
                l: [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]
              )
            }
            """),
        ["list value of 81 columns wraps"] = (
            "{ f(l: [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 111]) }",
            """
            {
              f(
                l: [
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  111
                ]
              )
            }
            """),
        ["object value exactly 80 columns"] = (
            "{ f(o: { a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }) }",
            """
            {
              f(
                o: { a: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }
              )
            }
            """),
        ["object value of 81 columns wraps"] = (
            "{ f(o: { a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }) }",
            """
            {
              f(
                o: {
                  a: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                }
              )
            }
            """),
        ["alias exactly at 80 columns"] = (
            "{ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: fffffffffffffffffffffffffffff(arg1: 1, arg2: 22) }",
            """
            {
              aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: fffffffffffffffffffffffffffff(arg1: 1, arg2: 22)
            }
            """),
        ["list value over 80 columns wraps"] = (
            "{ f(l: [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]) }",
            """
            {
              f(
                l: [
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                  11
                ]
              )
            }
            """),
        ["nested lists wrap from the outside in"] = (
            "{ f(l: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], [1, 2], []]) }",
            """
            {
              f(
                l: [
                  [
                    0
                    1
                    2
                    3
                    4
                    5
                    6
                    7
                    8
                    9
                    10
                    11
                    12
                    13
                    14
                    15
                    16
                    17
                    18
                    19
                    20
                    21
                    22
                    23
                    24
                    25
                    26
                    27
                    28
                    29
                  ]
                  [1, 2]
                  []
                ]
              )
            }
            """),
        ["object value over 80 columns wraps"] = (
            "{ f(o: { first: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", second: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", third: 3 }) }",
            """
            {
              f(
                o: {
                  first: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                  second: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                  third: 3
                }
              )
            }
            """),
        ["empty object and list"] = (
            "{ f(o: {}, l: []) }",
            """
            {
              f(o: {  }, l: [])
            }
            """),
        ["object in list in object wraps with indentation"] = (
            "{ f(o: { list: [{ a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }, { b: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }], flat: { x: 1 } }) }",
            """
            {
              f(
                o: {
                  list: [
                    { a: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }
                    { b: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }
                  ]
                  flat: { x: 1 }
                }
              )
            }
            """),
        ["scalar literals"] = (
            "{ f(i: -12, fl: 1.5e-10, f2: 0.0, t: true, f: false, n: null, e: ENUM, v: $v, s: \"\") }",
            """
            {
              f(
                i: -12
                fl: 1.5e-10
                f2: 0.0
                t: true
                f: false
                n: null
                e: ENUM
                v: $v
                s: ""
              )
            }
            """),
        ["string escapes"] = (
            "{ f(s: \"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n cr \\r bs \\b ff \\f ctl \\u0001 \\u001f del \\u007F c1 \\u0085 \\u009f nbsp \\u00a0 \u00E9 \u4E2D \\uD83D\\uDE00 \\u{1F600}\") }",
            "{\n  f(\n    s: \"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f ctl \\u0001 \\u001F del \\u007F c1 \\u0085 \\u009F nbsp \u00A0 \u00E9 \u4E2D \uD83D\uDE00 \uD83D\uDE00\"\n  )\n}"),
        ["block string argument"] = (
            """"
            { f(s: """  leading space""", t: """line one
            line two""") }
            """",
            """"
            {
              f(s: """  leading space""", t: """
              line one
              line two
              """)
            }
            """"),
        ["block string argument inside nested selection"] = (
            """"
            { a { b(s: """
                first
                  indented
                last
              """) } }
            """",
            """"
            {
              a {
                b(s: """
                first
                  indented
                last
                """)
              }
            }
            """"),
        ["block string with triple quotes and trailing quote"] = (
            "{ f(a: \"\"\"has \\\"\"\" inside\"\"\", b: \"\"\"quote \" inside\"\"\", c: \"\"\"ends with \\\"\"\" \"\"\") }",
            """"
            {
              f(a: """has \""" inside""", b: """quote " inside""", c: """ends with \""" """)
            }
            """"),
        ["fragment spreads and inline fragments"] = (
            "{ ...F @d ... on T { a } ... @include(if: $x) { b } ... { c } }",
            """
            {
              ...F @d
              ... on T {
                a
              }
              ... @include(if: $x) {
                b
              }
              ... {
                c
              }
            }
            """),
        ["fragment definition"] = (
            "fragment F on T @dir { a ...G }",
            """
            fragment F on T @dir {
              a
              ...G
            }
            """),
        ["schema definition with description and directives"] = (
            "\"S\" schema @a @b(x: 1) { query: Q mutation: M subscription: S }",
            """
            "S"
            schema @a @b(x: 1) {
              query: Q
              mutation: M
              subscription: S
            }
            """),
        ["scalar and descriptions"] = (
            """"
            "scalar" scalar Date @specifiedBy(url: "https://example.com") """
            block
            """ scalar Time
            """",
            """"
            "scalar"
            scalar Date @specifiedBy(url: "https://example.com")

            """block"""
            scalar Time
            """"),
        ["object type with everything"] = (
            "\"\"\"T\"\"\" type T implements A & B @key(fields: \"id\") { \"f\" f(a: Int = 1, b: [String!]): String! @deprecated g: [T] }",
            """"
            """T"""
            type T implements A & B @key(fields: "id") {
              "f"
              f(a: Int = 1, b: [String!]): String! @deprecated
              g: [T]
            }
            """"),
        ["interface implementing interfaces"] = (
            "interface I implements J & K @d { f: Int } interface J { f: Int }",
            """
            interface I implements J & K @d {
              f: Int
            }

            interface J {
              f: Int
            }
            """),
        ["field arguments with descriptions go one per indented line"] = (
            """"
            type T { f("a desc" a: Int, b: Int = 2 @d, """
            multi
            line
            """ c: String): Int }
            """",
            """"
            type T {
              f(
                "a desc"
                a: Int
                b: Int = 2 @d
                """
                multi
                line
                """
                c: String
              ): Int
            }
            """"),
        ["field argument with multi-line default wraps arguments"] = (
            "type T { f(a: [String] = [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"], b: Int): Int }",
            """
            type T {
              f(
                a: [String] = [
                  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                ]
                b: Int
              ): Int
            }
            """),
        ["argument with block-string directive argument wraps arguments"] = (
            """"
            type T { f(a: Int @doc(text: """x
            y""")): Int }
            """",
            """"
            type T {
              f(
                a: Int @doc(text: """
                x
                y
                """)
              ): Int
            }
            """"),
        ["union"] = (
            "\"u\" union U @d = A | B union V = C union W",
            """
            "u"
            union U @d = A | B

            union V = C

            union W
            """),
        ["enum"] = (
            """"
            "e" enum E @d { "a" A @x B """
            c
            """ C } enum Empty
            """",
            """"
            "e"
            enum E @d {
              "a"
              A @x
              B
              """c"""
              C
            }

            enum Empty
            """"),
        ["input object"] = (
            "input I @oneOf { \"f\" a: Int = 1 @d b: [I!]! = [{ a: 1 }] c: String = \"\"\"block\"\"\" }",
            """"
            input I @oneOf {
              "f"
              a: Int = 1 @d
              b: [I!]! = [{ a: 1 }]
              c: String = """block"""
            }
            """"),
        ["directive definitions"] = (
            "\"d\" directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY directive @e on SCHEMA directive @f @deprecated(reason: \"r\") on FIELD_DEFINITION",
            """
            "d"
            directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY

            directive @e on SCHEMA

            directive @f @deprecated(reason: "r") on FIELD_DEFINITION
            """),
        ["directive definition with described argument"] = (
            "directive @d(\"desc\" a: Int) on FIELD",
            """
            directive @d(
              "desc"
              a: Int
            ) on FIELD
            """),
        ["extensions"] = (
            "extend schema @a { query: Q } extend schema @b extend scalar S @c extend type T implements I @d { f: Int } extend interface I implements J { g: Int } extend union U @e = A | B extend enum E @f { X } extend input In @g { x: Int = 1 } extend directive @h @i(x: 1)",
            """
            extend schema @a {
              query: Q
            }

            extend schema @b

            extend scalar S @c

            extend type T implements I @d {
              f: Int
            }

            extend interface I implements J {
              g: Int
            }

            extend union U @e = A | B

            extend enum E @f {
              X
            }

            extend input In @g {
              x: Int = 1
            }

            extend directive @h @i(x: 1)
            """),
        ["descriptions nested in blocks keep indentation"] = (
            """"
            type T { """
              first line
                indented line

              after blank
              """ f: Int }
            """",
            "type T {\n  \"\"\"\n  first line\n    indented line\n  \n  after blank\n  \"\"\"\n  f: Int\n}"),
        ["long description is printed as multi-line block"] = (
            "\"\"\"ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd\"\"\" type T { f: Int }",
            """"
            """
            ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
            """
            type T {
              f: Int
            }
            """"),
        ["non-block description with newline escape"] = (
            "\"line\\nbreak\" type T { \"x\\ty\" f: Int }",
            """
            "line\nbreak"
            type T {
              "x\ty"
              f: Int
            }
            """),
        ["selection set in deep nesting"] = (
            "{ a { b { c { d { e { f } } } } } }",
            """
            {
              a {
                b {
                  c {
                    d {
                      e {
                        f
                      }
                    }
                  }
                }
              }
            }
            """),
        ["object field with block string stays inline under 80 columns"] = (
            """"
            { f(o: { a: """x
            y""" }) }
            """",
            """"
            {
              f(o: { a: """
              x
              y
              """ })
            }
            """"),
        ["list containing multi-line block string"] = (
            """"
            { f(l: ["""a
            b""", 1]) }
            """",
            """"
            {
              f(l: ["""
              a
              b
              """, 1])
            }
            """"),
        ["subscription with descriptions and directives"] = (
            "\"\"\"sub\"\"\" subscription S($a: Int = 1) @x @y { s }",
            """"
            """sub"""
            subscription S($a: Int = 1) @x @y {
              s
            }
            """"),
    };

    public static readonly Dictionary<string, (string Source, string Expected)> Values = new()
    {
        ["int"] = ("123", "123"),
        ["nested list and object"] = ("[{ a: [1, 2, { b: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }] }, null]", """
            [
              {
                a: [
                  1
                  2
                  { b: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }
                ]
              }
              null
            ]
            """),
        ["variable"] = ("$var", "$var"),
    };

    public static readonly Dictionary<string, string> Types = new()
    {
        ["[Int!]!"] = "[Int!]!",
        ["String"] = "String",
        ["[[ID]!]"] = "[[ID]!]",
    };

    public static readonly Dictionary<string, string> BlockStrings = new()
    {
        [""] = "\"\"\"\"\"\"",
        ["simple"] = "\"\"\"simple\"\"\"",
        [" leading space"] = "\"\"\" leading space\"\"\"",
        ["\tleading tab"] = "\"\"\"\tleading tab\"\"\"",
        ["trailing space "] = "\"\"\"trailing space \"\"\"",
        ["ends with quote\""] = """"
            """
            ends with quote"
            """
            """",
        ["ends with backslash\\"] = """"
            """
            ends with backslash\
            """
            """",
        ["has \"\"\" triple"] = "\"\"\"has \\\"\"\" triple\"\"\"",
        ["ends with \"\"\""] = """"
            """
            ends with \"""
            """
            """",
        ["ends with \"\"\"\""] = """""
            """
            ends with \""""
            """
            """"",
        ["ends with \\\"\"\""] = """"
            """
            ends with \\"""
            """
            """",
        ["first\n  indented second"] = """"
            """
            first
              indented second
            """
            """",
        ["first\n\n  third"] = """"
            """
            first

              third
            """
            """",
        ["a\r\nb"] = "\"\"\"\na\r\nb\n\"\"\"",
        ["a\rb"] = "\"\"\"\na\rb\n\"\"\"",
        ["\nleading newline"] = """"
            """

            leading newline
            """
            """",
        ["trailing newline\n"] = """"
            """
            trailing newline

            """
            """",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = """"
            """
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            """
            """",
        ["multi\nline\nvalue"] = """"
            """
            multi
            line
            value
            """
            """",
        ["  indented first\nsecond"] = """"
            """
              indented first
            second
            """
            """",
        ["a\n "] = "\"\"\"\na\n \n\"\"\"",
        ["\"\"\"\"\"\""] = """"
            """
            \"""\"""
            """
            """",
        ["\"quoted\""] = """"
            """
            "quoted"
            """
            """",
    };

    public static readonly Dictionary<string, string> QuotedStrings = new()
    {
        [""] = "\"\"",
        ["simple"] = "\"simple\"",
        [" leading space"] = "\" leading space\"",
        ["\tleading tab"] = "\"\\tleading tab\"",
        ["trailing space "] = "\"trailing space \"",
        ["ends with quote\""] = "\"ends with quote\\\"\"",
        ["ends with backslash\\"] = "\"ends with backslash\\\\\"",
        ["has \"\"\" triple"] = "\"has \\\"\\\"\\\" triple\"",
        ["ends with \"\"\""] = "\"ends with \\\"\\\"\\\"\"",
        ["ends with \"\"\"\""] = "\"ends with \\\"\\\"\\\"\\\"\"",
        ["ends with \\\"\"\""] = "\"ends with \\\\\\\"\\\"\\\"\"",
        ["first\n  indented second"] = "\"first\\n  indented second\"",
        ["first\n\n  third"] = "\"first\\n\\n  third\"",
        ["a\r\nb"] = "\"a\\r\\nb\"",
        ["a\rb"] = "\"a\\rb\"",
        ["\nleading newline"] = "\"\\nleading newline\"",
        ["trailing newline\n"] = "\"trailing newline\\n\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        ["multi\nline\nvalue"] = "\"multi\\nline\\nvalue\"",
        ["  indented first\nsecond"] = "\"  indented first\\nsecond\"",
        ["a\n "] = "\"a\\n \"",
        ["\"\"\"\"\"\""] = "\"\\\"\\\"\\\"\\\"\\\"\\\"\"",
        ["\"quoted\""] = "\"\\\"quoted\\\"\"",
    };
}
