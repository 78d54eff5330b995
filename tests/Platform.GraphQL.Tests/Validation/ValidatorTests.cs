using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>The validation framework: parallel visiting, error limits and work budgets; expected values from graphql-js 17.1.0.</summary>
public sealed class ValidatorTests
{
    private static readonly ValidationRuleFactory FieldsOnCorrectType = context => new FieldsOnCorrectTypeRule(context);

    [Fact]
    public void Errors_of_several_rules_come_in_walk_order()
    {
        var errors = Validator.Validate(
            TestSchema,
            Parser.Parse("{ dog { unknown(x: 1) name(y: 2) } }"),
            [FieldsOnCorrectType, context => new KnownArgumentNamesRule(context)]);

        AssertErrors(
            errors,
            Error("Cannot query field \"unknown\" on type \"Dog\".", (1, 9)),
            Error("Unknown argument \"y\" on field \"Dog.name\".", (1, 28)));
    }

    [Fact]
    public void A_rule_that_skips_a_subtree_skips_it_for_itself_only()
    {
        var errors = Validator.Validate(
            TestSchema,
            Parser.Parse("query A($v: Unk) { dog { name } }\nquery A { dog { name } }"),
            [context => new UniqueOperationNamesRule(context), context => new KnownTypeNamesRule(context)]);

        AssertErrors(
            errors,
            Error("Unknown type \"Unk\". Did you mean \"Int\"?", (1, 13)),
            Error("There can be only one operation named \"A\".", (1, 7), (2, 7)));
    }

    [Fact]
    public void Stops_at_the_error_limit_with_a_last_error_saying_so()
    {
        var errors = Validator.Validate(TestSchema, Parser.Parse("{ a b c }"), [FieldsOnCorrectType], maxErrors: 2);

        AssertErrors(
            errors,
            Error("Cannot query field \"a\" on type \"QueryRoot\".", (1, 3)),
            Error("Cannot query field \"b\" on type \"QueryRoot\".", (1, 5)),
            Error("Too many validation errors, error limit reached. Validation aborted."));
    }

    [Fact]
    public void Meta_fields_schema_and_type_exist_on_the_query_root_only_and_typename_everywhere()
    {
        var errors = Validator.Validate(
            TestSchema,
            Parser.Parse("{ __typename catOrDog { __typename } dog { __schema { queryType { name } } __type(name: \"Dog\") { name } } }"),
            [FieldsOnCorrectType]);

        AssertErrors(
            errors,
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 44)),
            Error("Cannot query field \"__type\" on type \"Dog\".", (1, 76)));
    }

    [Fact]
    public void Following_fragments_past_the_work_budget_aborts_validation()
    {
        var document = Parser.Parse(FragmentFanOut(), new ParserOptions { MaxTokens = int.MaxValue });

        AssertErrors(
            Validator.Validate(TestSchema, document, [context => new NoUnusedFragmentsRule(context)]),
            Error("Validation aborted."));
        AssertErrors(
            Validator.Validate(TestSchema, document, [context => new NoUndefinedVariablesRule(context)]),
            Error("Validation aborted."));
    }

    // graphql-js itself overflows its stack here; its message for a 2,000-fragment chain has the same shape.
    [Fact]
    public void A_long_chain_of_fragments_does_not_exhaust_the_stack()
    {
        const int length = 20_000;
        var text = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < length; i++)
        {
            var next = i == length - 1 ? length - 2 : i + 1;
            text.Append($"fragment F{i} on QueryRoot {{ dog {{ name }} ...F{next} }}\n");
        }

        var errors = Validator.Validate(
            TestSchema,
            Parser.Parse(text.ToString(), new ParserOptions { MaxTokens = int.MaxValue }),
            [context => new NoFragmentCyclesRule(context), context => new NoUnusedFragmentsRule(context)]);

        Assert.Equal(
            [$"Cannot spread fragment \"F{length - 2}\" within itself via \"F{length - 1}\"."],
            errors.Select(e => e.Message));
    }

    // Fragment i spreads fragments i+1 … i+199: following them all costs far more than graphql-js's budget.
    private static string FragmentFanOut()
    {
        var text = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append($"fragment F{i} on QueryRoot {{ dog {{ name }} ");
            for (var j = i + 1; j < Math.Min(400, i + 200); j++)
            {
                text.Append($"...F{j} ");
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static void AssertErrors(IReadOnlyList<GraphQLError> actual, params ExpectedError[] expected) =>
        Assert.Equal(
            expected.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))),
            actual.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));
}
