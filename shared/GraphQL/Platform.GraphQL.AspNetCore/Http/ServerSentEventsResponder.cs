using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// Streams results as Server-Sent Events per graphql-sse's "distinct connections" mode: an <c>event: next</c> with
/// each result as its data, then <c>event: complete</c>. Errors found before execution come as a <c>next</c> event
/// too (a 4xx would make an EventSource drop the details). While idle, a comment line every heartbeat interval keeps
/// proxies from closing the connection. The stream ends when the results end, the client leaves, or the app stops.
/// </summary>
internal sealed class ServerSentEventsResponder : IAsyncDisposable
{
    private static readonly byte[] NextEventPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] Heartbeat = ":\n\n"u8.ToArray();

    private readonly HttpResponse _response;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _heartbeatStop = new();
    private Task _heartbeat = Task.CompletedTask;

    private ServerSentEventsResponder(HttpResponse response) => _response = response;

    /// <summary>Sends the headers and starts the heartbeat.</summary>
    public static async Task<ServerSentEventsResponder> StartAsync(HttpResponse response, TimeSpan heartbeat, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResponseFormats.ContentType(ResponseFormat.EventStream);
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        await response.BodyWriter.FlushAsync(cancellationToken);

        var responder = new ServerSentEventsResponder(response);
        if (heartbeat > TimeSpan.Zero)
        {
            responder._heartbeat = responder.BeatAsync(heartbeat, cancellationToken);
        }

        return responder;
    }

    public Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(NextEventPrefix);
        GraphQLResponseWriter.Write(buffer, result);
        buffer.Write(EventEnd);
        return WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    public Task WriteCompleteAsync(CancellationToken cancellationToken) => WriteAsync(CompleteEvent, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _heartbeatStop.CancelAsync();
        try
        {
            await _heartbeat;
        }
        catch (Exception)
        {
            // The heartbeat ends by cancellation, or by a failed write once the client is gone: nothing to report.
        }

        _heartbeatStop.Dispose();
        _writeLock.Dispose();
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _response.BodyWriter.WriteAsync(bytes, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task BeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _heartbeatStop.Token);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(linked.Token))
        {
            await WriteAsync(Heartbeat, linked.Token);
        }
    }
}
