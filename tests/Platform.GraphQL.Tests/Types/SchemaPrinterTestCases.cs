namespace Platform.GraphQL.Tests.Types;

/// <summary>
/// SDL and the output graphql-js 17.1.0 <c>printSchema(buildSchema(sdl))</c> gives for it (generated with graphql-js).
/// </summary>
internal static class SchemaPrinterTestCases
{
    public static readonly Dictionary<string, (string Sdl, string Expected)> Sdl = new()
    {
        ["conventional root names omit the schema definition"] = (
            "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }",
            """
            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }

            type Subscription {
              c: Int
            }
            """),
        ["custom root names print the schema definition"] = (
            "schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }",
            """
            schema {
              query: Root
              mutation: Change
            }

            type Root {
              a: Int
            }

            type Change {
              b: Int
            }
            """),
        ["schema description prints the schema definition"] = (
            "\"\"\"The schema\"\"\" schema { query: Query } type Query { a: Int }",
            """"
            """The schema"""
            schema {
              query: Query
            }

            type Query {
              a: Int
            }
            """"),
        ["query named Query but a type named Mutation is not the mutation root"] = (
            "type Query { a: Int } type Mutation { b: Int } schema { query: Query }",
            """
            schema {
              query: Query
            }

            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }
            """),
        ["no root types"] = (
            "type Foo { a: Int } scalar S",
            """
            type Foo {
              a: Int
            }

            scalar S
            """),
        ["descriptions of every kind"] = (
            """"
            """Type description"""
            type Query {
              "field"
              a("arg one" x: Int, """arg
            two""" y: String): Int
              b: String
              """
              second field
              """
              c: Int
            }
            "enum" enum E { "first" A "second" B C }
            "input" input I { "f1" f1: Int f2: Int "f3" f3: Int }
            "scalar" scalar S
            "union" union U = Query
            "interface" interface N { "n" n: Int }
            "directive" directive @d("argument" a: Int) on FIELD
            """",
            """"
            """directive"""
            directive @d(
              """argument"""
              a: Int
            ) on FIELD

            """Type description"""
            type Query {
              """field"""
              a(
                """arg one"""
                x: Int

                """
                arg
                two
                """
                y: String
              ): Int
              b: String

              """second field"""
              c: Int
            }

            """enum"""
            enum E {
              """first"""
              A

              """second"""
              B
              C
            }

            """input"""
            input I {
              """f1"""
              f1: Int
              f2: Int

              """f3"""
              f3: Int
            }

            """scalar"""
            scalar S

            """union"""
            union U = Query

            """interface"""
            interface N {
              """n"""
              n: Int
            }
            """"),
        ["descriptions that are not printable as block strings"] = (
            "type Query { \"\\n  starts with blank line\" a: Int \"has\\rcarriage return\" b: Int \"  indented\\n  all lines\" c: Int \"ends with newline\\n\" d: Int \"control \\u0001 char\" e: Int }",
            """
            type Query {
              "\n  starts with blank line"
              a: Int

              "has\rcarriage return"
              b: Int

              "  indented\n  all lines"
              c: Int

              "ends with newline\n"
              d: Int

              "control \u0001 char"
              e: Int
            }
            """),
        ["long and multi-line descriptions"] = (
            """"
            """ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd""" type Query { """line one
            line two
              indented""" a: Int "ends with quote\"" b: Int "has \"\"\" triple" c: Int }
            """",
            """"
            """
            ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
            """
            type Query {
              """
              line one
              line two
                indented
              """
              a: Int

              """
              ends with quote"
              """
              b: Int

              """has \""" triple"""
              c: Int
            }
            """"),
        ["deprecations"] = (
            "type Query { a: Int @deprecated b: Int @deprecated(reason: \"Use a\") c(x: Int @deprecated(reason: \"gone\"), y: Int @deprecated): Int d: Int @deprecated(reason: \"No longer supported\") } enum E { A @deprecated B @deprecated(reason: \"B is \\\"old\\\"\") } input I { f: Int @deprecated(reason: \"\") }",
            """
            type Query {
              a: Int @deprecated
              b: Int @deprecated(reason: "Use a")
              c(x: Int @deprecated(reason: "gone"), y: Int @deprecated): Int
              d: Int @deprecated
            }

            enum E {
              A @deprecated
              B @deprecated(reason: "B is \"old\"")
            }

            input I {
              f: Int @deprecated(reason: "")
            }
            """),
        ["specifiedBy and oneOf"] = (
            "type Query { a(i: I): S } scalar S @specifiedBy(url: \"https://example.com/s\") input I @oneOf { a: Int b: String }",
            """
            type Query {
              a(i: I): S
            }

            scalar S @specifiedBy(url: "https://example.com/s")

            input I @oneOf {
              a: Int
              b: String
            }
            """),
        ["default values as written"] = (
            "type Query { a(i: Int = 1, f: Float = 1.50, s: String = \"x\\ny\", b: Boolean = false, n: Int = null, l: [Int] = [1, 2], o: I = { a: 1, b: [{a: 2}] }, e: E = B, block: String = \"\"\"block\"\"\"): Int } input I { a: Int = 3 b: [I] = [] } enum E { A B }",
            """"
            type Query {
              a(i: Int = 1, f: Float = 1.50, s: String = "x\ny", b: Boolean = false, n: Int = null, l: [Int] = [1, 2], o: I = { a: 1, b: [{ a: 2 }] }, e: E = B, block: String = """block"""): Int
            }

            input I {
              a: Int = 3
              b: [I] = []
            }

            enum E {
              A
              B
            }
            """"),
        ["long default value wraps inside the field line"] = (
            "type Query { a(l: [String] = [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]): Int }",
            """
            type Query {
              a(l: [String] = [
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            ]): Int
            }
            """),
        ["repeatable directives and locations"] = (
            "directive @a repeatable on OBJECT | INTERFACE directive @b(x: Int = 1, y: [String!]!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCHEMA | SCALAR | UNION | ENUM | INPUT_OBJECT | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION type Query { a: Int }",
            """
            directive @a repeatable on OBJECT | INTERFACE

            directive @b(x: Int = 1, y: [String!]!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCHEMA | SCALAR | UNION | ENUM | INPUT_OBJECT | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

            type Query {
              a: Int
            }
            """),
        ["deprecated directive definition"] = (
            "directive @old @deprecated(reason: \"use @new\") on FIELD directive @older @deprecated on FIELD type Query { a: Int }",
            """
            directive @old @deprecated(reason: "use @new") on FIELD

            directive @older @deprecated on FIELD

            type Query {
              a: Int
            }
            """),
        ["interfaces implementing interfaces"] = (
            "interface A { a: Int } interface B implements A { a: Int b: Int } type C implements B & A { a: Int b: Int c: Int } type Query { c: C }",
            """
            interface A {
              a: Int
            }

            interface B implements A {
              a: Int
              b: Int
            }

            type C implements B & A {
              a: Int
              b: Int
              c: Int
            }

            type Query {
              c: C
            }
            """),
        ["unions"] = (
            "union U = A | B union Empty type A { a: Int } type B { b: Int } type Query { u: U }",
            """
            union U = A | B

            union Empty

            type A {
              a: Int
            }

            type B {
              b: Int
            }

            type Query {
              u: U
            }
            """),
        ["empty types"] = (
            "type Query type Empty interface I enum E input In",
            """
            type Query

            type Empty

            interface I

            enum E

            input In
            """),
        ["extensions are merged"] = (
            "type Query { a: Int } extend type Query { b: Int } enum E { A } extend enum E { B } input I { x: Int } extend input I { y: Int } union U = Query extend union U = Other type Other { o: Int } scalar S extend scalar S @specifiedBy(url: \"u\") interface N { n: Int } extend interface N { m: Int } extend type Other implements N { n: Int m: Int }",
            """
            type Query {
              a: Int
              b: Int
            }

            enum E {
              A
              B
            }

            input I {
              x: Int
              y: Int
            }

            union U = Query | Other

            type Other implements N {
              o: Int
              n: Int
              m: Int
            }

            scalar S @specifiedBy(url: "u")

            interface N {
              n: Int
              m: Int
            }
            """),
        ["specified directives are not printed unless redefined"] = (
            "directive @include(if: Boolean!) on FIELD directive @custom on FIELD type Query { a: Int }",
            """
            directive @custom on FIELD

            type Query {
              a: Int
            }
            """),
        ["built-in scalars are not printed"] = (
            "type Query { a: String b: Int c: Float d: Boolean e: ID f: Custom } scalar Custom",
            """
            type Query {
              a: String
              b: Int
              c: Float
              d: Boolean
              e: ID
              f: Custom
            }

            scalar Custom
            """),
        ["arguments with descriptions are indented inside fields"] = (
            """"
            type Query { f("a" a: Int, b: Int = 1 @deprecated, """
              multi
              line
            """ c: String): Int } directive @d("x" x: Int, y: Int) on FIELD
            """",
            """"
            directive @d(
              """x"""
              x: Int
              y: Int
            ) on FIELD

            type Query {
              f(
                """a"""
                a: Int
                b: Int = 1 @deprecated

                """
                multi
                line
                """
                c: String
              ): Int
            }
            """"),
        ["types are printed in type map order"] = (
            "type Query { z: Z a: A } type Z { a: A } type A { z: Z } scalar Unused enum Lonely { X }",
            """
            type Query {
              z: Z
              a: A
            }

            type Z {
              a: A
            }

            type A {
              z: Z
            }

            scalar Unused

            enum Lonely {
              X
            }
            """),
        ["enum values and input fields with descriptions after the first get a blank line"] = (
            "enum E { A \"b\" B \"c\" C } input I { a: Int \"b\" b: Int } type Query { a: Int }",
            """"
            enum E {
              A

              """b"""
              B

              """c"""
              C
            }

            input I {
              a: Int

              """b"""
              b: Int
            }

            type Query {
              a: Int
            }
            """"),
        ["subscription only schema with conventional name"] = (
            "type Subscription { s: Int }",
            """
            type Subscription {
              s: Int
            }
            """),
        ["mutation root with custom name only"] = (
            "schema { query: Query mutation: Mutations } type Query { a: Int } type Mutations { m: Int }",
            """
            schema {
              query: Query
              mutation: Mutations
            }

            type Query {
              a: Int
            }

            type Mutations {
              m: Int
            }
            """),
        ["empty description"] = (
            "\"\" type Query { \"\" a: Int }",
            """""""
            """"""
            type Query {
              """"""
              a: Int
            }
            """""""),
    };
}
