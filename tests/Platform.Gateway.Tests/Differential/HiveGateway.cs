using System.Diagnostics;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Gateway.Tests.Differential;

/// <summary>
/// Hive Gateway (<c>Differential/Hive/gateway.mjs</c>, the gateway runtime with no usage reporting) on 127.0.0.1 over
/// the given subgraphs, for comparing answers with ours. Disposing closes its standard input, which stops it.
/// </summary>
internal sealed class HiveGateway : IAsyncDisposable
{
    private static readonly NodePackageFolder Folder = new(
        "tests/Platform.Gateway.Tests/Differential/Hive", "gateway.mjs", "@graphql-hive/gateway-runtime", "@theguild/federation-composition");

    private readonly Process _process;
    private readonly string _subgraphsFile;

    private HiveGateway(Process process, string subgraphsFile, Uri url)
    {
        _process = process;
        _subgraphsFile = subgraphsFile;
        Url = url;
    }

    /// <summary>The gateway's GraphQL endpoint.</summary>
    public Uri Url { get; }

    public static async Task<HiveGateway> StartAsync(params (TestSubgraph Module, string Sdl)[] subgraphs)
    {
        var directory = await Folder.PrepareAsync();
        var file = Path.Combine(Path.GetTempPath(), $"hive-subgraphs-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(subgraphs.Select(s => new { name = s.Module.Name, url = s.Module.Url.ToString(), sdl = s.Sdl })));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("gateway.mjs");
        start.ArgumentList.Add(file);
        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Dispose();
            File.Delete(file);
            throw new InvalidOperationException("Hive Gateway stopped before it listened:\n" + error);
        }

        using var ready = JsonDocument.Parse(line);
        return new HiveGateway(process, file, new Uri(ready.RootElement.GetProperty("url").GetString()!));
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
        File.Delete(_subgraphsFile);
    }
}
