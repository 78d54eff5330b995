using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Execution;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: method and media-type checks, request reading, then execution answered as JSON
/// or as Server-Sent Events. Nothing but GraphQL errors reaches the client; unexpected failures are logged.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLRequestExecutor executor, IHostApplicationLifetime lifetime, ILogger<GraphQLHttpHandler> logger)
{
    private GraphQLServerOptions Options => executor.Options;

    public async Task HandleAsync(HttpContext context)
    {
        if (Options.EnableIde && GraphQLIdeAssets.IsBrowserNavigation(context.Request))
        {
            await GraphQLIdePage.WriteAsync(context);
            return;
        }

        var format = ResponseFormat.Json;
        try
        {
            var isGet = HttpMethods.IsGet(context.Request.Method) && Options.EnableGetRequests;
            if (!isGet && !HttpMethods.IsPost(context.Request.Method))
            {
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status405MethodNotAllowed, ServerErrors.MethodNotAllowed(context.Request.Method), AllowedMethods);
            }

            format = ResponseFormats.Negotiate(context.Request.Headers.Accept);
            if (format == ResponseFormat.None)
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, ServerErrors.NotAcceptable());
            }

            if (isGet)
            {
                await AnswerAsync(context, GraphQLRequestReader.ReadGet(context.Request.Query), format, isGet: true);
                return;
            }

            var (requests, isBatch) = await GraphQLRequestReader.ReadPostAsync(context.Request, Options);
            if (isBatch)
            {
                await AnswerBatchAsync(context, requests, format);
            }
            else
            {
                await AnswerAsync(context, requests[0], format, isGet: false);
            }
        }
        catch (GraphQLHttpRequestException refused)
        {
            if (!context.Response.HasStarted)
            {
                if (refused.Allow is { } allow)
                {
                    context.Response.Headers.Allow = allow;
                }

                await GraphQLResponseWriter.WriteErrorAsync(context.Response, refused.StatusCode, refused.Error, format);
            }
        }
        catch (BadHttpRequestException unreadable) when (!context.Response.HasStarted)
        {
            // The server refused the body itself (its own size limit, a broken chunked encoding).
            var error = unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ServerErrors.RequestTooLarge(Options.MaxRequestBodyBytes)
                : ServerErrors.InvalidRequest("The request body could not be read.");
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, unreadable.StatusCode, error, format);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception unexpected)
        {
            logger.LogError(unexpected, "The GraphQL request failed unexpectedly.");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await GraphQLResponseWriter.WriteErrorAsync(
                    context.Response, StatusCodes.Status500InternalServerError, ServerErrors.InternalServerError(), format);
            }
        }
    }

    private string AllowedMethods => Options.EnableGetRequests ? "GET, POST" : "POST";

    private async Task AnswerAsync(HttpContext context, GraphQLRequest request, ResponseFormat format, bool isGet)
    {
        var prepared = executor.Prepare(request);
        if (isGet && prepared.OperationType == OperationType.Mutation)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ServerErrors.MutationOverGet(), "POST");
        }

        if (format == ResponseFormat.EventStream)
        {
            await StreamAsync(context, prepared);
            return;
        }

        var result = await ExecuteAsync(context, prepared);
        await GraphQLResponseWriter.WriteAsync(context.Response, result, format);
    }

    private async Task AnswerBatchAsync(HttpContext context, IReadOnlyList<GraphQLRequest> requests, ResponseFormat format)
    {
        if (format == ResponseFormat.EventStream)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, ServerErrors.NotAcceptable());
        }

        var results = new ExecutionResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            results[i] = await ExecuteAsync(context, executor.Prepare(requests[i]));
        }

        await GraphQLResponseWriter.WriteBatchAsync(context.Response, results, format);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, PreparedRequest prepared)
    {
        if (prepared.OperationType == OperationType.Subscription && prepared.RequestErrors is null)
        {
            return Task.FromResult(ExecutionResult.FromErrors([ServerErrors.SubscriptionRequiresStream()]));
        }

        Func<Task<ExecutionResult>> execute = () => executor.ExecuteAsync(prepared, context.RequestServices, context.User, context.RequestAborted, context);
        for (var i = Options.ExecutionInterceptors.Count - 1; i >= 0; i--)
        {
            var intercept = Options.ExecutionInterceptors[i];
            var next = execute;
            execute = () => intercept(context, next);
        }

        return execute();
    }

    /// <summary>One <c>next</c> event per result (one for a query or mutation, one per event for a subscription).</summary>
    private async Task StreamAsync(HttpContext context, PreparedRequest prepared)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var token = stopping.Token;
        await using (var events = await ServerSentEventsResponder.StartAsync(context.Response, Options.ServerSentEventsHeartbeat, token))
        {
            try
            {
                if (prepared.OperationType == OperationType.Subscription)
                {
                    var subscription = await executor.SubscribeAsync(prepared, context.RequestServices, context.User, token, context);
                    if (subscription.Stream is { } stream)
                    {
                        await foreach (var result in stream.WithCancellation(token))
                        {
                            await events.WriteNextAsync(result, token);
                        }
                    }
                    else
                    {
                        await events.WriteNextAsync(subscription.Error!, token);
                    }
                }
                else
                {
                    await events.WriteNextAsync(await executor.ExecuteAsync(prepared, context.RequestServices, context.User, token, context), token);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The client left or the app is stopping: end the stream.
            }
            catch (Exception unexpected) when (!context.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(unexpected, "A GraphQL event stream failed unexpectedly.");
                await events.WriteNextAsync(ExecutionResult.FromErrors([ServerErrors.InternalServerError()]), CancellationToken.None);
            }

            if (!context.RequestAborted.IsCancellationRequested)
            {
                await events.WriteCompleteAsync(CancellationToken.None);
            }
        }
    }
}
