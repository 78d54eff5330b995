using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Diagnostics;

namespace Platform.Gateway.Execution;

/// <summary>
/// Opens a subscription on a module: a GraphQL-over-HTTP POST with <c>Accept: text/event-stream</c> (forwarded
/// headers and trace context as for queries), answered within the module's timeout by the start of an event stream.
/// A module that is down, too slow, or answers a GraphQL response instead (its request errors) comes back as errors
/// naming it; nothing is thrown for the module's sake.
/// </summary>
public sealed class SubgraphSubscriber(
    IHttpClientFactory clients, SubgraphClient client, IOptionsMonitor<GatewayOptions> options, ILogger<SubgraphSubscriber> logger)
{
    /// <summary>The span of opening a module subscription (until the module's event stream starts).</summary>
    public const string SubscribeActivity = "graphql.subscribe";

    internal async Task<(SubgraphEventStream? Stream, IReadOnlyList<Platform.GraphQL.GraphQLError> Errors)> OpenAsync(
        string module,
        Uri url,
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        using var activity = GraphQLDiagnostics.ActivitySource.StartActivity(SubscribeActivity, ActivityKind.Client);
        activity?.SetTag(SubgraphClient.ModuleTag, module);
        var (stream, errors) = await SendAsync(module, url, document, variables, headers, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            logger.LogWarning("Subscription on module {Module} refused: {Failure}", module, errors[0].Message);
        }

        return (stream, errors);
    }

    private async Task<(SubgraphEventStream?, IReadOnlyList<Platform.GraphQL.GraphQLError>)> SendAsync(
        string module,
        Uri url,
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        var timeout = options.CurrentValue.TimeoutFor(module);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        HttpResponseMessage? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
                Content = SubgraphClient.JsonBody(document, variables),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            headers.ApplyTo(request);
            response = await clients.CreateClient(SubgraphClient.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/event-stream")
            {
                // The stream lives past the deadline: only its start is bounded by the module's timeout.
                var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
                var stream = new SubgraphEventStream(module, response, body, options.CurrentValue.MaxSubgraphResponseBytes);
                response = null;
                return (stream, []);
            }

            var answer = await client.ReadAsync(module, response, deadline.Token).ConfigureAwait(false);
            if (answer.Failure is { } failure)
            {
                return (null, [failure]);
            }

            return (null, answer.Errors.Count > 0
                ? answer.Errors.Select(e => GatewayErrors.FromModule(module, e, null)).ToList()
                : [GatewayErrors.InvalidResponse(module, "it answered the subscription with a single result instead of an event stream.")]);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, [GatewayErrors.Unavailable(module, $"the subscription did not start within {timeout.TotalSeconds:0.###} s.")]);
        }
        catch (HttpRequestException unreachable)
        {
            return (null, [GatewayErrors.Unavailable(module, unreachable.HttpRequestError switch
            {
                HttpRequestError.ConnectionError => "the connection was refused or lost.",
                HttpRequestError.NameResolutionError => "its host name could not be resolved.",
                _ => "the request failed.",
            })]);
        }
        finally
        {
            response?.Dispose();
        }
    }
}
