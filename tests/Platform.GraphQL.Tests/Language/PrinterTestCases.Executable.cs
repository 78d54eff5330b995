namespace Platform.GraphQL.Tests.Language;

/// <summary>Executable documents (expected output generated with graphql-js 17.1.0 <c>print</c>; not hand-written).</summary>
internal static partial class PrinterTestCases
{
    private static readonly Dictionary<string, (string Source, string Expected)> ExecutableDocuments = new()
    {
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
}
