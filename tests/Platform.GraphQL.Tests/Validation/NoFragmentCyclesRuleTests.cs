using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's NoFragmentCyclesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRuleFactory NoFragmentCycles = context => new NoFragmentCyclesRule(context);

    [Fact]
    public void Single_reference_is_valid()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Spreading_twice_is_not_circular()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Spreading_twice_indirectly_is_not_circular()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """);
    }

    [Fact]
    public void Double_spread_within_abstract_types()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """);
    }

    [Fact]
    public void Does_not_false_positive_on_unknown_fragment()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """);
    }

    [Fact]
    public void Spreading_recursively_within_field_fails()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """fragment fragA on Human { relatives { ...fragA } },""",
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 39)));
    }

    [Fact]
    public void No_spreading_itself_directly()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """fragment fragA on Dog { ...fragA }""",
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)));
    }

    [Fact]
    public void No_spreading_itself_directly_within_inline_fragment()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (3, 5)));
    }

    [Fact]
    public void No_spreading_itself_indirectly()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void No_spreading_itself_indirectly_reports_opposite_order()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void No_spreading_itself_indirectly_within_inline_fragment()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragB
              }
            }
            fragment fragB on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (3, 5), (8, 5)));
    }

    [Fact]
    public void No_spreading_itself_deeply()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    [Fact]
    public void No_spreading_itself_deeply_two_paths()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
    }

    [Fact]
    public void No_spreading_itself_deeply_two_paths_alt_traverse_order()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
            Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));
    }

    [Fact]
    public void No_spreading_itself_deeply_and_immediately()
    {
        ExpectErrors(
            NoFragmentCycles,
            TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));
    }
}
