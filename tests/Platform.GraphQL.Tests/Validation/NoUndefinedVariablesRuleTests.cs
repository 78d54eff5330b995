using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's NoUndefinedVariablesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRuleFactory NoUndefinedVariables = context => new NoUndefinedVariablesRule(context);

    [Fact]
    public void All_variables_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);
    }

    [Fact]
    public void All_variables_deeply_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
    public void All_variables_deeply_in_inline_fragments_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
    public void All_variables_in_fragments_deeply_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
    public void Variable_within_single_fragment_defined_in_multiple_operations()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """);
    }

    [Fact]
    public void Variable_within_fragments_defined_in_operations()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
    public void Variable_within_recursive_fragment_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
    public void Variable_not_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));
    }

    [Fact]
    public void Variable_not_defined_by_un_named_query()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));
    }

    [Fact]
    public void Multiple_variables_not_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));
    }

    [Fact]
    public void Variable_in_fragment_not_defined_by_un_named_query()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is not defined.", (5, 12), (1, 1)));
    }

    [Fact]
    public void Variable_in_fragment_not_defined_by_operation()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($a: String, $b: String) {
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
            """,
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));
    }

    [Fact]
    public void Multiple_variables_in_fragments_not_defined()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($b: String) {
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
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (5, 12), (1, 1)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));
    }

    [Fact]
    public void Single_variable_in_fragment_not_defined_by_multiple_operations()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($a: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (8, 19), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)));
    }

    [Fact]
    public void Variables_in_fragment_not_defined_by_multiple_operations()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)));
    }

    [Fact]
    public void Variable_in_fragment_used_by_other_operation()
    {
        ExpectErrors(
            NoUndefinedVariables,
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
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (11, 12), (4, 1)));
    }

    [Fact]
    public void Multiple_undefined_variables_produce_multiple_errors()
    {
        ExpectErrors(
            NoUndefinedVariables,
            TestSchema,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
            Error("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)));
    }
}
