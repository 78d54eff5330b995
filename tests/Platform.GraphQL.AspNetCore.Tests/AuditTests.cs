using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Conformance;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>
/// The graphql-http package's audit suite (<c>audit/audit.mjs</c>) against the conformance serve mode on a real
/// Kestrel at 127.0.0.1: every MUST and SHOULD audit must pass.
/// </summary>
public sealed class AuditTests
{
    private const string Schema = "type Query { hello: String }";

    [Fact]
    public async Task The_endpoint_passes_every_must_and_should_audit_of_graphql_http()
    {
        var auditDirectory = FindAuditDirectory();
        await EnsurePackagesAsync(auditDirectory);
        await using var app = ConformanceServer.Create("http://127.0.0.1:0", Schema, """{"hello":"world"}""");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var (exitCode, output, error) = await RunAsync("node", ["audit.mjs", address + "/graphql"], auditDirectory);

        Assert.True(exitCode == 0, $"node audit.mjs exited with {exitCode}:\n{error}");
        using var results = JsonDocument.Parse(output);
        var failures = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() is "error" or "warn")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason").GetString()}"
                + $" (status {r.GetProperty("statusCode")}, body {r.GetProperty("body")})")
            .ToList();
        Assert.True(failures.Count == 0, "Failed audits:\n" + string.Join("\n", failures));
        Assert.True(results.RootElement.GetArrayLength() >= 60, "The audit suite ran fewer audits than expected.");
    }

    private static async Task EnsurePackagesAsync(string auditDirectory)
    {
        if (Directory.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http")))
        {
            return;
        }

        var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], auditDirectory);
        Assert.True(exitCode == 0, $"npm ci failed in {auditDirectory} ({exitCode}):\n{output}\n{error}");
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
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"The graphql-http audit needs Node.js: \"{program}\" is not on PATH. Install node and npm (Debian: apt-get install nodejs npm).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }

    private static string FindAuditDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Platform.GraphQL.AspNetCore.Tests", "audit");
            if (File.Exists(Path.Combine(candidate, "audit.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Platform.GraphQL.AspNetCore.Tests/audit was not found above " + AppContext.BaseDirectory);
    }
}
