using System.Diagnostics;
using System.Text.Json;

namespace Platform.Volunteers.Tests;

/// <summary>
/// Runs Apollo's composition (<c>composition/compose.mjs</c> beside this project) over subgraph SDLs, installing the
/// folder's pinned packages (composition, gateway) with <c>npm ci</c> when they are missing. Without node and npm on PATH the test fails and says so.
/// </summary>
internal static class ApolloComposition
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The composition's errors and the supergraph SDL (null when it failed).</summary>
    public static async Task<(IReadOnlyList<string> Errors, string? Supergraph)> ComposeAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var directory = await PreparedDirectoryAsync();
        var input = Path.Combine(Path.GetTempPath(), $"volunteers-subgraphs-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(
            subgraphs.Select((subgraph, i) => new { name = subgraph.Name, url = $"http://127.0.0.1:{i + 1}/graphql", sdl = subgraph.Sdl })));
        try
        {
            var (exitCode, output, error) = await RunAsync("node", ["compose.mjs", input], directory);
            Assert.True(exitCode == 0, $"node compose.mjs exited with {exitCode}:\n{error}");
            using var result = JsonDocument.Parse(output);
            var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
            var supergraph = result.RootElement.GetProperty("supergraphSdl");
            return (errors, supergraph.ValueKind == JsonValueKind.String ? supergraph.GetString() : null);
        }
        finally
        {
            File.Delete(input);
        }
    }

    internal static async Task<string> PreparedDirectoryAsync()
    {
        var directory = FindDirectory();
        await EnsurePackagesAsync(directory);
        return directory;
    }

    private static async Task EnsurePackagesAsync(string directory)
    {
        await InstallLock.WaitAsync();
        try
        {
            string[] packages = ["composition", "gateway", "server"];
            if (packages.All(package => Directory.Exists(Path.Combine(directory, "node_modules", "@apollo", package))))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], directory);
            Assert.True(exitCode == 0, $"npm ci failed in {directory} ({exitCode}):\n{output}\n{error}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["APOLLO_TELEMETRY_DISABLED"] = "1";
        start.Environment.Remove("APOLLO_KEY");
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"This test needs Node.js: \"{program}\" is not on PATH.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await output, await error);
        }
    }

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Platform.Volunteers.Tests", "composition");
            if (File.Exists(Path.Combine(candidate, "compose.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Platform.Volunteers.Tests/composition was not found above " + AppContext.BaseDirectory);
    }
}
