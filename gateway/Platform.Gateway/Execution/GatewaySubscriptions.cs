using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Gateway.Registry;
using Platform.GraphQL;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.Gateway.Execution;

/// <summary>
/// Starts subscriptions through the gateway: the engine parses and validates the operation against the graph served
/// when it arrived, the planner gives its root field to the module that owns it, and the engine subscribes with a
/// <see cref="GatewaySubscription"/> as root value (its field's stream opens the module's event stream). Each event
/// becomes a result in the operation's shape, with the errors that have no field to stand on added.
/// </summary>
public sealed class GatewaySubscriptions(
    ModuleRegistry registry,
    PlanExecutor executor,
    SubgraphSubscriber subscriber,
    SubscriptionSlots slots,
    IOptionsMonitor<GatewayOptions> options,
    ILogger<GatewaySubscriptions> logger)
{
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        if (registry.Current is not { } snapshot)
        {
            return Refused([GatewayErrors.NoSupergraph()]);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query, request.Options.ParserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return Refused([syntaxError]);
        }

        var rules = request.Options.ValidationRules ?? SpecifiedRules.All;
        if (request.Options.Limits is { } limits)
        {
            rules = [.. rules, .. limits.CreateRules(request.Variables)];
        }

        var errors = Validator.Validate(snapshot.Schema, document, rules);
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        GatewaySubscription? subscription = null;
        if (SelectOperation(document, request.OperationName) is { Operation: OperationType.Subscription } operation)
        {
            var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
            var plan = snapshot.Plans.GetOrPlan(request.Query, request.OperationName, operation, fragments);
            if (plan.Error is { } planError)
            {
                return Refused([planError]);
            }

            if (plan.Fetches.FirstOrDefault(f => !f.IsEntityFetch) is not { } root)
            {
                return Refused([new GraphQLError("The subscription selects no field a module serves.")]);
            }

            var headers = ForwardedHeaders.From(request.HttpContext, options.CurrentValue.EffectiveForwardedRequestHeaders);
            subscription = new GatewaySubscription(snapshot, registry, plan, root, executor, subscriber, slots, request.Variables, headers, logger);
        }

        // Without a subscription operation to plan (none by that name, a query sent here) the engine reports why.
        SubscriptionResult result;
        try
        {
            result = await Executor.SubscribeAsync(new ExecutionRequest
            {
                Schema = snapshot.Schema,
                Document = document,
                OperationName = request.OperationName,
                VariableValues = request.Variables,
                RootValue = subscription,
                ContextValue = request.Options.ContextValue,
                Services = request.Options.Services,
                User = request.Options.User,
                CancellationToken = cancellationToken,
            }).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync(subscription).ConfigureAwait(false);
            throw;
        }

        if (result.Stream is not { } stream || subscription is null)
        {
            await DisposeAsync(subscription).ConfigureAwait(false);
            return subscription is { StartErrors.Count: > 0 } ? Refused(subscription.StartErrors) : result;
        }

        return new SubscriptionResult { Stream = WithLooseErrors(stream, subscription, cancellationToken) };
    }

    private static async IAsyncEnumerable<ExecutionResult> WithLooseErrors(
        IAsyncEnumerable<ExecutionResult> results, GatewaySubscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var loose = subscription.Current?.LooseErrors ?? [];
                yield return loose.Count == 0 ? result : new ExecutionResult
                {
                    Data = result.Data,
                    HasData = result.HasData,
                    Errors = [.. result.Errors ?? [], .. loose],
                    Extensions = result.Extensions,
                };
            }
        }
        finally
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ValueTask DisposeAsync(GatewaySubscription? subscription) => subscription?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static SubscriptionResult Refused(IReadOnlyList<GraphQLError> errors) => new() { Error = ExecutionResult.FromErrors(errors) };

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }
}
