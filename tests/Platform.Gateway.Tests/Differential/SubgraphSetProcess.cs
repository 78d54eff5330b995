using System.Diagnostics;

namespace Platform.Gateway.Tests.Differential;

/// <summary>
/// One subgraph set of <c>tests/Platform.Federation.Subgraphs</c> run as its own process on free ports of 127.0.0.1;
/// it stops when its stdin pipe closes (disposal).
/// </summary>
internal sealed class SubgraphSetProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SubgraphSetProcess(Process process, IReadOnlyDictionary<string, Uri> urls)
    {
        _process = process;
        Urls = urls;
    }

    /// <summary>Each subgraph's endpoint by name, from the program's <c>ready</c> line.</summary>
    public IReadOnlyDictionary<string, Uri> Urls { get; }

    public static async Task<SubgraphSetProcess> StartAsync(string set)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ProgramPath(), "--set", set, "--host", "127.0.0.1", "--port-base", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the subgraph program.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ready ", StringComparison.Ordinal))
            {
                var urls = line.Split(' ').Skip(2).Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => new Uri(p[1]));
                return new SubgraphSetProcess(process, urls);
            }
        }

        var error = await process.StandardError.ReadToEndAsync();
        throw new InvalidOperationException($"The {set} subgraphs did not start: {error}");
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
    }

    /// <summary>The program's assembly, built beside this test project's output (same configuration).</summary>
    private static string ProgramPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var tests = output.Parent.Parent!.Parent!.Parent!;
        var path = Path.Combine(tests.FullName, "Platform.Federation.Subgraphs", "bin", configuration, framework, "Platform.Federation.Subgraphs.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Platform.Federation.Subgraphs first.", path);
    }
}
