using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>A repeated operation is parsed and validated once per schema and rules; what depends on the request is not cached.</summary>
public class DocumentCacheTests
{
    private const string ListQuery = "query ($n: Int) { items(first: $n) { name } }";

    [Fact]
    public async Task A_repeated_valid_query_is_parsed_and_validated_once()
    {
        var (schema, counter) = (CreateSchema(), new RuleCounter());
        var options = counter.Options(new DocumentCache());

        var first = await RequestRunner.RunAsync(schema, "{ hello }", options);
        var second = await RequestRunner.RunAsync(schema, "{ hello }", options);

        Assert.Equal("""{"data":{"hello":"hi"}}""", ExecutionResultJsonWriter.ToJson(first));
        Assert.Equal(ExecutionResultJsonWriter.ToJson(first), ExecutionResultJsonWriter.ToJson(second));
        Assert.Equal(1, counter.Walks);
        Assert.NotNull(options.Documents!.TryGet("{ hello }"));
    }

    [Fact]
    public async Task Without_a_cache_every_request_is_validated()
    {
        var (schema, counter) = (CreateSchema(), new RuleCounter());
        var options = counter.Options(documents: null);

        await RequestRunner.RunAsync(schema, "{ hello }", options);
        await RequestRunner.RunAsync(schema, "{ hello }", options);

        Assert.Equal(2, counter.Walks);
    }

    [Fact]
    public async Task An_invalid_query_is_validated_again_and_answers_the_same_errors()
    {
        var (schema, counter) = (CreateSchema(), new RuleCounter());
        var options = counter.Options(new DocumentCache());

        var first = ExecutionResultJsonWriter.ToJson(await RequestRunner.RunAsync(schema, "{ nope }", options));
        var second = ExecutionResultJsonWriter.ToJson(await RequestRunner.RunAsync(schema, "{ nope }", options));

        Assert.Contains("Cannot query field", first);
        Assert.Equal(first, second);
        Assert.Equal(2, counter.Walks);
    }

    [Fact]
    public async Task Another_schema_validates_the_cached_document_against_itself()
    {
        var counter = new RuleCounter();
        var options = counter.Options(new DocumentCache());
        await RequestRunner.RunAsync(CreateSchema(), "{ hello }", options);

        var without = SchemaBuilder.Build("type Query { other: String }");
        var result = await RequestRunner.RunAsync(without, "{ hello }", options);

        Assert.Contains("Cannot query field \\\"hello\\\" on type \\\"Query\\\".", ExecutionResultJsonWriter.ToJson(result));
        Assert.Equal(2, counter.Walks);
    }

    [Fact]
    public async Task A_page_size_from_a_variable_is_costed_with_each_requests_variables()
    {
        var options = new RequestOptions
        {
            Documents = new DocumentCache(),
            Limits = OperationLimits.Default with { MaxCost = 100 },
        };
        var schema = CreateSchema();

        var small = await RequestRunner.RunAsync(schema, ListQuery, options, Variables(2));
        var large = await RequestRunner.RunAsync(schema, ListQuery, options, Variables(1000));
        var smallAgain = await RequestRunner.RunAsync(schema, ListQuery, options, Variables(3));

        Assert.True(small.HasData);
        Assert.False(large.HasData);
        Assert.Contains("cost", ExecutionResultJsonWriter.ToJson(large), StringComparison.OrdinalIgnoreCase);
        Assert.True(smallAgain.HasData);
    }

    [Fact]
    public async Task A_literal_page_size_over_the_cost_limit_is_refused_every_time()
    {
        var options = new RequestOptions { Documents = new DocumentCache(), Limits = OperationLimits.Default with { MaxCost = 100 } };
        var schema = CreateSchema();

        var first = await RequestRunner.RunAsync(schema, "{ items(first: 500) { name } }", options);
        var second = await RequestRunner.RunAsync(schema, "{ items(first: 500) { name } }", options);

        Assert.False(first.HasData);
        Assert.Equal(ExecutionResultJsonWriter.ToJson(first), ExecutionResultJsonWriter.ToJson(second));
    }

    [Fact]
    public void A_document_is_found_only_under_the_parser_options_it_was_parsed_with()
    {
        var cache = new DocumentCache();
        var strict = new ParserOptions { MaxTokens = 10 };
        cache.Add("{ hello }", Parser.Parse("{ hello }"));

        Assert.NotNull(cache.TryGet("{ hello }"));
        Assert.Null(cache.TryGet("{ hello }", strict));
    }

    [Fact]
    public void A_full_cache_starts_over_and_long_queries_are_not_kept()
    {
        var cache = new DocumentCache(capacity: 3, maxQueryLength: 20);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            cache.Add($"{{ {name} }}", Parser.Parse($"{{ {name} }}"));
        }

        var longQuery = "{ " + new string('x', 30) + " }";
        cache.Add(longQuery, Parser.Parse(longQuery));

        Assert.Equal(1, cache.Count);
        Assert.NotNull(cache.TryGet("{ d }"));
        Assert.Null(cache.TryGet("{ a }"));
        Assert.Null(cache.TryGet(longQuery));
    }

    private static Dictionary<string, object?> Variables(int n) => new() { ["n"] = n };

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build("type Query { hello: String items(first: Int): [Item] } type Item { name: String }");
        var query = (ObjectType)schema.QueryType!;
        query.Fields["hello"].Resolver = _ => "hi";
        query.Fields["items"].Resolver = _ => new[] { new Dictionary<string, object?> { ["name"] = "x" } };
        return schema;
    }

    /// <summary>A rule that counts the validation walks it takes part in.</summary>
    private sealed class RuleCounter
    {
        private int _walks;

        public int Walks => _walks;

        public RequestOptions Options(DocumentCache? documents)
        {
            IReadOnlyList<ValidationRuleFactory> rules =
            [
                .. SpecifiedRules.All,
                context =>
                {
                    Interlocked.Increment(ref _walks);
                    return new Platform.GraphQL.Validation.Rules.KnownTypeNamesRule(context);
                },
            ];
            return new RequestOptions { ValidationRules = rules, Documents = documents };
        }
    }
}
