using System.Diagnostics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Diagnostics;

/// <summary>
/// The span and measurements of one request: created only when <see cref="GraphQLDiagnostics.IsEnabled"/>, it opens a
/// child span per phase and, at the end, tags the request span and records the metrics.
/// </summary>
internal sealed class RequestTelemetry : IDisposable
{
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly Activity? _request;
    private Activity? _phase;
    private string _phaseName = "schema";
    private string _operationType = "unknown";

    public RequestTelemetry(string query, bool includeDocument)
    {
        _request = GraphQLDiagnostics.ActivitySource.StartActivity(GraphQLDiagnostics.RequestActivity);
        if (includeDocument && _request is { IsAllDataRequested: true })
        {
            _request.SetTag(GraphQLDiagnostics.DocumentTag, query);
        }
    }

    /// <summary>Ends the running phase's span and starts the next (a child of the request span).</summary>
    public void BeginPhase(string activityName, string phaseName)
    {
        EndPhase();
        _phaseName = phaseName;
        _phase = GraphQLDiagnostics.ActivitySource.StartActivity(activityName);
    }

    public void EndPhase()
    {
        _phase?.Dispose();
        _phase = null;
    }

    /// <summary>Names the operation the request will run, once the document is parsed.</summary>
    public void SetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode candidate
                && (operationName is null ? operation is null : candidate.Name?.Value == operationName))
            {
                operation = candidate;
            }
            else if (definition is OperationDefinitionNode && operationName is null)
            {
                return; // several operations and no name: the executor will refuse it
            }
        }

        if (operation is null)
        {
            return;
        }

        _operationType = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        _request?.SetTag(GraphQLDiagnostics.OperationTypeTag, _operationType);
        if (operation.Name is { } name)
        {
            _request?.SetTag(GraphQLDiagnostics.OperationNameTag, name.Value);
        }
    }

    public void Complete(ExecutionResult result)
    {
        EndPhase();
        var errors = result.Errors?.Count ?? 0;
        var outcome = errors == 0 ? "success" : result.HasData && result.Data is not null ? "partial" : "error";
        if (_request is not null)
        {
            _request.SetTag(GraphQLDiagnostics.ErrorCountTag, errors);
            if (outcome == "error")
            {
                _request.SetStatus(ActivityStatusCode.Error, result.Errors![0].Message);
            }
        }

        Record(outcome, errors);
    }

    public void Fail(Exception exception)
    {
        EndPhase();
        var outcome = exception is OperationCanceledException ? "cancelled" : "error";
        _request?.SetStatus(ActivityStatusCode.Error, outcome == "cancelled" ? "Request cancelled." : exception.GetType().Name);
        Record(outcome, 0);
    }

    public void Dispose()
    {
        EndPhase();
        _request?.Dispose();
    }

    private void Record(string outcome, int errors)
    {
        var type = new KeyValuePair<string, object?>(GraphQLDiagnostics.OperationTypeTag, _operationType);
        var outcomeTag = new KeyValuePair<string, object?>(GraphQLDiagnostics.OutcomeTag, outcome);
        GraphQLDiagnostics.RequestDuration.Record(Stopwatch.GetElapsedTime(_startTimestamp).TotalMilliseconds, type, outcomeTag);
        GraphQLDiagnostics.RequestCount.Add(1, type, outcomeTag);
        if (errors > 0)
        {
            GraphQLDiagnostics.ErrorCount.Add(errors, type, new KeyValuePair<string, object?>(GraphQLDiagnostics.PhaseTag, _phaseName));
        }
    }
}
