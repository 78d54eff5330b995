using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// Implemented by an <see cref="IGraphQLOperationExecutor"/> that also serves subscriptions (a gateway): the server
/// hands it each subscription it receives over Server-Sent Events and writes the results as they come.
/// </summary>
public interface IGraphQLSubscriptionExecutor
{
    /// <summary>
    /// Parse, validate (with <see cref="GraphQLOperationRequest.Options"/>' rules and limits) and subscribe; errors that
    /// keep the subscription from starting come back as <see cref="SubscriptionResult.Error"/>, never as exceptions.
    /// The stream ends when the source ends or <paramref name="cancellationToken"/> (the client leaving) is cancelled.
    /// </summary>
    Task<SubscriptionResult> SubscribeAsync(GraphQLOperationRequest request, CancellationToken cancellationToken);
}
