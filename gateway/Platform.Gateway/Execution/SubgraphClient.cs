using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Gateway.Execution.Reading;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution;

/// <summary>
/// Posts GraphQL-over-HTTP JSON to modules through a pooled, HTTP/2-capable client, under the module's timeout.
/// Never throws for the module's sake: a refused connection, a timeout, an error status without a GraphQL body or
/// a body that is not a GraphQL response comes back as <see cref="SubgraphResponse.Failure"/> naming the module.
/// </summary>
public sealed class SubgraphClient(IHttpClientFactory clients, IOptionsMonitor<GatewayOptions> options, ILogger<SubgraphClient> logger)
{
    public const string HttpClientName = "Platform.Gateway.Modules";

    /// <summary>The span of one module call (a child of the request's span, on the engine's activity source).</summary>
    public const string FetchActivity = "graphql.fetch";

    public const string ModuleTag = "graphql.module";

    private static readonly JsonEncodedText QueryProperty = JsonEncodedText.Encode("query");
    private static readonly JsonEncodedText VariablesProperty = JsonEncodedText.Encode("variables");

    private static readonly MediaTypeWithQualityHeaderValue[] Accept =
        [new("application/graphql-response+json"), new("application/json", 0.9)];

    /// <param name="timeout">Overrides the module's configured timeout (schema reads use the gateway-wide one).</param>
    public async Task<SubgraphResponse> PostAsync(
        string module,
        Uri url,
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        using var activity = GraphQLDiagnostics.ActivitySource.StartActivity(FetchActivity, ActivityKind.Client);
        activity?.SetTag(ModuleTag, module);
        var response = await SendAsync(module, url, document, variables, headers, timeout ?? options.CurrentValue.TimeoutFor(module), cancellationToken)
            .ConfigureAwait(false);
        if (response.Failure is { } failure)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            logger.LogWarning("{Failure}", failure.Message);
        }

        return response;
    }

    private async Task<SubgraphResponse> SendAsync(
        string module,
        Uri url,
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
                Content = JsonBody(document, variables),
            };
            foreach (var accept in Accept)
            {
                request.Headers.Accept.Add(accept);
            }

            headers.ApplyTo(request);
            using var response = await clients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            return await ReadAsync(module, response, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SubgraphResponse.Failed(GatewayErrors.Unavailable(module, $"no answer within {timeout.TotalSeconds:0.###} s."));
        }
        catch (HttpRequestException unreachable)
        {
            return SubgraphResponse.Failed(GatewayErrors.Unavailable(module, unreachable.HttpRequestError switch
            {
                HttpRequestError.ConnectionError => "the connection was refused or lost.",
                HttpRequestError.NameResolutionError => "its host name could not be resolved.",
                _ => "the request failed.",
            }));
        }
    }

    internal static ByteArrayContent JsonBody(string document, IReadOnlyDictionary<string, object?>? variables)
    {
        var buffer = new ArrayBufferWriter<byte>(document.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(QueryProperty, document);
            if (variables is { Count: > 0 })
            {
                writer.WritePropertyName(VariablesProperty);
                ExecutionResultJsonWriter.WriteValue(writer, variables);
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Reads a module's JSON answer (size-limited); a body that is not a GraphQL response is a failure naming it.</summary>
    internal async Task<SubgraphResponse> ReadAsync(string module, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.CurrentValue.MaxSubgraphResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, $"the body is larger than {limit} bytes."));
        }

        PooledBody? body;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            body = await PooledBody.ReadAsync(stream, response.Content.Headers.ContentLength, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return SubgraphResponse.Failed(GatewayErrors.Unavailable(module, "the connection was lost while reading its answer."));
        }

        if (body is null)
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, $"the body is larger than {limit} bytes."));
        }

        using (body)
        {
            if (!ModuleJsonReader.TryRead(body.Span, Utf8NameCache.Shared, out var root))
            {
                return SubgraphResponse.Failed(response.IsSuccessStatusCode
                    ? GatewayErrors.InvalidResponse(module, "the body is not JSON.")
                    : GatewayErrors.Unavailable(module, $"it answered HTTP {(int)response.StatusCode}."));
            }

            return SubgraphResponseParser.Parse(module, root, (int)response.StatusCode);
        }
    }
}
