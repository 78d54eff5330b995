using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Diagnostics;

[Collection(DiagnosticsCollection.Name)]
public sealed class RequestMetricsTests : IDisposable
{
    private static readonly Schema Schema = CreateSchema();

    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly MeterListener _listener = new();

    public RequestMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GraphQLDiagnostics.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public async Task A_successful_request_records_its_duration_and_one_count()
    {
        await RequestRunner.RunAsync(Schema, "mutation { change }");

        var mutation = _measurements.Where(m => m.Tags[GraphQLDiagnostics.OperationTypeTag] as string == "mutation").ToList();
        var duration = Assert.Single(mutation, m => m.Instrument == GraphQLDiagnostics.RequestDurationMetric);
        Assert.True(duration.Value >= 0);
        Assert.Equal("success", duration.Tags[GraphQLDiagnostics.OutcomeTag]);
        var count = Assert.Single(mutation, m => m.Instrument == GraphQLDiagnostics.RequestCountMetric);
        Assert.Equal((1.0, "success"), (count.Value, count.Tags[GraphQLDiagnostics.OutcomeTag]));
        Assert.DoesNotContain(mutation, m => m.Instrument == GraphQLDiagnostics.ErrorCountMetric);
    }

    [Fact]
    public async Task Errors_are_counted_with_the_phase_that_produced_them()
    {
        await RequestRunner.RunAsync(Schema, "mutation { change fail }");
        await RequestRunner.RunAsync(Schema, "mutation { nope1 nope2 nope3 }");

        var errors = _measurements.Where(m => m.Instrument == GraphQLDiagnostics.ErrorCountMetric).ToList();
        Assert.Contains(errors, m => m.Value == 1 && m.Tags[GraphQLDiagnostics.PhaseTag] as string == "execute");
        Assert.Contains(errors, m => m.Value == 3 && m.Tags[GraphQLDiagnostics.PhaseTag] as string == "validate");

        var outcomes = _measurements.Where(m => m.Instrument == GraphQLDiagnostics.RequestCountMetric)
            .Select(m => m.Tags[GraphQLDiagnostics.OutcomeTag]).ToList();
        Assert.Contains("partial", outcomes);
        Assert.Contains("error", outcomes);
    }

    [Fact]
    public void Instrumentation_is_on_only_while_someone_listens()
    {
        Assert.True(GraphQLDiagnostics.IsEnabled);
        _listener.Dispose();
        Assert.False(GraphQLDiagnostics.IsEnabled);

        using var activityListener = new System.Diagnostics.ActivityListener { ShouldListenTo = source => source.Name == GraphQLDiagnostics.Name };
        System.Diagnostics.ActivitySource.AddActivityListener(activityListener);
        Assert.True(GraphQLDiagnostics.IsEnabled);
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copied[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, value, copied));
    }

    private static Schema CreateSchema()
    {
        var schema = SchemaBuilder.Build("""
            type Query { hello: String }
            type Mutation { change: Boolean fail: Boolean }
            """);
        schema.MutationType!.Fields["change"].Resolver = _ => true;
        schema.MutationType!.Fields["fail"].Resolver = _ => throw new InvalidOperationException("failed");
        return schema;
    }

    private sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);
}
