using System.Diagnostics;
using System.Text.Json;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>
/// Runs the node scripts of <c>tests/Platform.GraphQL.Federation.Compatibility/suite/</c> (<c>run-suite.mjs</c>: Apollo's
/// subgraph compatibility suite behind an Apollo Gateway; <c>decode-trace.mjs</c>: Apollo's ftv1 decoder; <c>compose.mjs</c>: Apollo's composition), installing their pinned packages with <c>npm ci --ignore-scripts</c> first when they
/// are missing. Without node or npm on PATH the test fails and says so.
/// </summary>
internal static class CompatibilitySuite
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The script's standard output parsed as JSON.</summary>
    public static async Task<JsonElement> RunJsonAsync(string script, params string[] arguments)
    {
        var directory = FindSuiteDirectory();
        await EnsurePackagesAsync(directory);
        var (exitCode, output, error) = await RunAsync("node", [script, .. arguments], directory);
        Assert.True(exitCode == 0, $"node {script} exited with {exitCode}:\n{error}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static async Task EnsurePackagesAsync(string directory)
    {
        await InstallLock.WaitAsync();
        try
        {
            var modules = Path.Combine(directory, "node_modules");
            string[] packages = ["@apollo/composition", "@apollo/federation-subgraph-compatibility-tests", "@apollo/gateway", "@apollo/server", "@apollo/usage-reporting-protobuf", "jest"];
            if (packages.All(package => Directory.Exists(Path.Combine(modules, package))))
            {
                return;
            }

            // --ignore-scripts: the suite depends on rover, whose install script downloads a binary this run never uses.
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
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
            Assert.Fail($"This test needs Node.js: \"{program}\" is not on PATH. Install node and npm (Debian: apt-get install nodejs npm).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
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

    private static string FindSuiteDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Platform.GraphQL.Federation.Compatibility", "suite");
            if (File.Exists(Path.Combine(candidate, "run-suite.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Platform.GraphQL.Federation.Compatibility/suite was not found above " + AppContext.BaseDirectory);
    }
}
