using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's NoUnusedVariablesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRuleFactory NoUnusedVariables = context => new NoUnusedVariablesRule(context);

    [Fact]
    public void Uses_all_variables()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);
    }

    [Fact]
    public void Uses_all_variables_deeply()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """);
    }

    [Fact]
    public void Uses_all_variables_deeply_in_inline_fragments()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Uses_all_variables_in_fragments()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """);
    }

    [Fact]
    public void Variable_used_by_fragment_in_multiple_operations()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """);
    }

    [Fact]
    public void Variable_used_by_recursive_fragment()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """);
    }

    [Fact]
    public void Variable_not_used()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            Error("Variable \"$c\" is never used.", (1, 32)));
    }

    [Fact]
    public void Multiple_variables_not_used()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }

    [Fact]
    public void Variable_not_used_in_fragments()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }

    [Fact]
    public void Multiple_variables_not_used_in_fragments()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }

    [Fact]
    public void Variable_not_used_by_unreferenced_fragment()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));
    }

    [Fact]
    public void Variable_not_used_by_fragment_used_by_other_operation()
    {
        ExpectErrors(
            NoUnusedVariables,
            TestSchema,
            """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));
    }
}
