using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Diagnostics;

[Collection(DiagnosticsCollection.Name)]
public sealed class RequestTracingTests : IDisposable
{
    private static readonly Schema Schema = CreateSchema();

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public RequestTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task A_request_span_has_parse_validate_and_execute_children_in_order()
    {
        var spans = await TraceAsync("query Greeting { hello }");

        var request = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.RequestActivity);
        var children = spans.Where(span => span.ParentSpanId == request.SpanId).OrderBy(span => span.StartTimeUtc).ToList();
        Assert.Equal(
            [GraphQLDiagnostics.ParseActivity, GraphQLDiagnostics.ValidateActivity, GraphQLDiagnostics.ExecuteActivity],
            children.Select(span => span.OperationName));
        Assert.All(children, child => Assert.True(child.StartTimeUtc + child.Duration <= request.StartTimeUtc + request.Duration));
        Assert.Equal("Greeting", request.GetTagItem(GraphQLDiagnostics.OperationNameTag));
        Assert.Equal("query", request.GetTagItem(GraphQLDiagnostics.OperationTypeTag));
        Assert.Equal(0, request.GetTagItem(GraphQLDiagnostics.ErrorCountTag));
        Assert.Null(request.GetTagItem(GraphQLDiagnostics.DocumentTag));
        Assert.Equal(ActivityStatusCode.Unset, request.Status);
    }

    [Fact]
    public async Task The_document_is_recorded_only_when_the_options_allow_it()
    {
        const string query = "mutation Change { change }";
        var spans = await TraceAsync(query, new RequestOptions { IncludeDocumentInTraces = true });

        var request = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.RequestActivity);
        Assert.Equal(query, request.GetTagItem(GraphQLDiagnostics.DocumentTag));
        Assert.Equal("mutation", request.GetTagItem(GraphQLDiagnostics.OperationTypeTag));
    }

    [Fact]
    public async Task A_request_refused_by_validation_has_no_execute_span_and_counts_its_errors()
    {
        var spans = await TraceAsync("{ nope alsoNope }");

        var request = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.RequestActivity);
        Assert.Equal(
            [GraphQLDiagnostics.ParseActivity, GraphQLDiagnostics.ValidateActivity],
            spans.Where(span => span.ParentSpanId == request.SpanId).OrderBy(span => span.StartTimeUtc).Select(span => span.OperationName));
        Assert.Equal(2, request.GetTagItem(GraphQLDiagnostics.ErrorCountTag));
        Assert.Null(request.GetTagItem(GraphQLDiagnostics.OperationNameTag));
        Assert.Equal(ActivityStatusCode.Error, request.Status);
    }

    [Fact]
    public async Task Spans_started_by_resolvers_are_children_of_the_execute_span()
    {
        using var resolverSource = new ActivitySource("Platform.GraphQL.Tests.Resolvers");
        using var resolverListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == resolverSource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(resolverListener);
        ((ObjectType)Schema.QueryType!).Fields["traced"].Resolver = _ =>
        {
            using var span = resolverSource.StartActivity("resolver.work");
            return "done";
        };

        var spans = await TraceAsync("{ traced }");

        var execute = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.ExecuteActivity);
        var work = Assert.Single(spans, span => span.OperationName == "resolver.work");
        Assert.Equal(execute.SpanId, work.ParentSpanId);
    }

    [Fact]
    public async Task A_syntax_error_ends_the_trace_after_the_parse_span()
    {
        var spans = await TraceAsync("{ hello(");

        var request = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.RequestActivity);
        var parse = Assert.Single(spans, span => span.ParentSpanId == request.SpanId);
        Assert.Equal(GraphQLDiagnostics.ParseActivity, parse.OperationName);
        Assert.Equal(1, request.GetTagItem(GraphQLDiagnostics.ErrorCountTag));
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>Runs the request under a test span and returns the spans of that trace (other tests' are left out).</summary>
    private async Task<List<Activity>> TraceAsync(string query, RequestOptions? options = null)
    {
        using var testSpan = new Activity("test").Start();
        await RequestRunner.RunAsync(Schema, query, options ?? RequestOptions.Default);
        Assert.Same(testSpan, Activity.Current);
        testSpan.Stop();

        var spans = _stopped.Where(span => span.TraceId == testSpan.TraceId).ToList();
        var request = Assert.Single(spans, span => span.OperationName == GraphQLDiagnostics.RequestActivity);
        Assert.Equal(testSpan.SpanId, request.ParentSpanId);
        return spans;
    }

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build("type Query { hello: String traced: String } type Mutation { change: Boolean }");
        ((ObjectType)schema.QueryType!).Fields["hello"].Resolver = _ => Task.FromResult<object?>("hi");
        schema.MutationType!.Fields["change"].Resolver = _ => true;
        return schema;
    }
}
