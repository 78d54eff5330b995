using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// Documents built to make the overlap check slow or deep: the caches must keep repeated spreads cheap, the
/// complexity budget must stop what graphql-js 17.1.0 stops, and nothing may exhaust the stack.
/// Expected values come from graphql-js 17.1.0 run on the same documents.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRuleStressTests
{
    private static readonly ValidationRuleFactory Rule = context => new OverlappingFieldsCanBeMergedRule(context);

    [Fact]
    public void ThreeHundredSpreadsOfOneFragmentAreValid()
    {
        var query = "{ " + Repeat(300, _ => "...F ") + " } fragment F on QueryRoot { dog { name } }";
        ExpectErrors(Rule, TestSchema, query);
    }

    [Fact]
    public void ThreeHundredDistinctFragmentsExhaustTheComplexityBudget()
    {
        var query = "{ " + Repeat(300, i => $"...F{i} ") + " }\n"
            + Repeat(300, i => $"fragment F{i} on QueryRoot {{ dog {{ name }} cat {{ name }} }}\n");
        ExpectErrors(Rule, TestSchema, query, Error("Validation aborted."));
    }

    [Fact]
    public void ThreeHundredDistinctFragmentsWithOneFieldEachStayWithinTheBudget()
    {
        var query = "{ " + Repeat(300, i => $"...F{i} ") + " }\n"
            + Repeat(300, i => $"fragment F{i} on QueryRoot {{ x: dog {{ name{i}: name }} }}\n");
        ExpectErrors(Rule, TestSchema, query);
    }

    // graphql-js 17.1.0 aborts from 268 such fragments on: the budget is spent exactly as graphql-js spends it.
    [Theory]
    [InlineData(267, false)]
    [InlineData(268, true)]
    public void ComplexityBudgetRunsOutWhereGraphqlJsRunsOut(int fragmentCount, bool aborts)
    {
        var query = "{ " + Repeat(fragmentCount, i => $"...F{i} ") + " }\n"
            + Repeat(fragmentCount, i => $"fragment F{i} on QueryRoot {{ dog {{ name }} cat {{ name }} }}\n");
        var errors = Validator.Validate(TestSchema, Parser.Parse(query), [Rule]);
        Assert.Equal(aborts ? ["Validation aborted."] : [], errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData(377, false)]
    [InlineData(378, true)]
    public void ComplexityBudgetOfAFragmentChainRunsOutWhereGraphqlJsRunsOut(int fragmentCount, bool aborts)
    {
        var query = "{ ...F0 dog { name } }\n" + Repeat(fragmentCount, i => $"fragment F{i} on QueryRoot {{ dog {{ name }} ...F{i + 1} }}\n");
        var errors = Validator.Validate(TestSchema, Parser.Parse(query), [Rule]);
        Assert.Equal(aborts ? ["Validation aborted."] : [], errors.Select(e => e.Message));
    }

    [Fact]
    public void LongChainOfFragmentsExhaustsTheComplexityBudget()
    {
        var query = "{ ...F0 dog { name } }\n" + Repeat(1000, i => $"fragment F{i} on QueryRoot {{ dog {{ name }} ...F{i + 1} }}\n");
        ExpectErrors(Rule, TestSchema, query, Error("Validation aborted."));
    }

    [Fact]
    public void DeepChainOfOneFragmentIsValid()
    {
        var query = "{ dog { ...F0 } dog { ...F0 name } }\n" + Repeat(3000, i => $"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} }}\n");
        ExpectErrors(Rule, TestSchema, query);
    }

    [Fact]
    public void DeepConflictIsAbbreviatedAndKeepsTwentyNodesASide()
    {
        var message = "Fields \"dog\" conflict because "
            + Repeat(40, _ => "subfields \"mother\" conflict because ")[..1000]
            + ".... Use different aliases on the fields to fetch both if this was intentional.";
        ExpectErrors(
            Rule,
            TestSchema,
            DeepConflict(100),
            Error(
                message,
                (1, 3), (166, 23), (168, 23), (170, 23), (172, 23), (174, 23), (176, 23), (178, 23), (180, 23), (182, 23),
                (184, 23), (186, 23), (188, 23), (190, 23), (192, 23), (194, 23), (196, 23), (198, 23), (200, 23), (202, 24),
                (1, 17), (167, 23), (169, 23), (171, 23), (173, 23), (175, 23), (177, 23), (179, 23), (181, 23), (183, 23),
                (185, 23), (187, 23), (189, 23), (191, 23), (193, 23), (195, 23), (197, 23), (199, 23), (201, 23), (203, 24)));
    }

    [Fact]
    public void ConflictDeeperThanTheStackAllowsAbortsInsteadOfOverflowing()
    {
        // Within the parser's token limit; graphql-js overflows its call stack here, this engine must not crash.
        var errors = Validator.Validate(TestSchema, Parser.Parse(DeepConflict(4000)), [Rule]);

        var error = Assert.Single(errors);
        Assert.True(
            error.Message == "Validation aborted." || error.Message.StartsWith("Fields \"dog\" conflict because subfields \"mother\"", StringComparison.Ordinal),
            error.Message);
    }

    // Two chains of fragments nested through "mother" that differ only in their last field.
    private static string DeepConflict(int depth) =>
        "{ dog { ...F0 } dog { ...G0 } }\n"
        + Repeat(depth, i => $"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} }}\nfragment G{i} on Dog {{ mother {{ ...G{i + 1} }} }}\n")
        + $"fragment F{depth} on Dog {{ name }}\nfragment G{depth} on Dog {{ name: nickname }}\n";

    private static string Repeat(int count, Func<int, string> part)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(part(i));
        }

        return text.ToString();
    }
}
