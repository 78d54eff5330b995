namespace Platform.GraphQL.Tests.Language;

/// <summary>Type-system documents (expected output generated with graphql-js 17.1.0 <c>print</c>; not hand-written).</summary>
internal static partial class PrinterTestCases
{
    private static readonly Dictionary<string, (string Source, string Expected)> TypeSystemDocuments = new()
    {
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
    };
}
