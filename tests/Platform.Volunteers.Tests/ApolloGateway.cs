using System.Diagnostics;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// An Apollo Gateway (<c>apollo/gateway.mjs</c> of Platform.Testing) on 127.0.0.1 over subgraphs given by name, URL and SDL; it
/// forwards the caller's Authorization header. Disposing closes its standard input, which stops it.
/// </summary>
internal sealed class ApolloGateway : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _services;

    private ApolloGateway(Process process, string services, Uri url)
    {
        _process = process;
        _services = services;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ApolloGateway> StartAsync(params (string Name, string Url, string Sdl)[] subgraphs)
    {
        var directory = await ApolloComposition.PreparedDirectoryAsync();
        var services = Path.Combine(Path.GetTempPath(), $"volunteers-gateway-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(services, JsonSerializer.Serialize(subgraphs.Select(s => new { name = s.Name, url = s.Url, sdl = s.Sdl })));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("gateway.mjs");
        start.ArgumentList.Add(services);
        start.Environment["APOLLO_TELEMETRY_DISABLED"] = "1";
        start.Environment.Remove("APOLLO_KEY");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Dispose();
            File.Delete(services);
            throw new InvalidOperationException("The gateway stopped before it listened:\n" + error);
        }

        using var ready = JsonDocument.Parse(line);
        return new ApolloGateway(process, services, new Uri(ready.RootElement.GetProperty("url").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        File.Delete(_services);
    }
}
