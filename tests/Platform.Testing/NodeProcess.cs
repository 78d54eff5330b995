using System.Diagnostics;
using Xunit;

namespace Platform.Testing;

/// <summary>What a finished <c>node</c> or <c>npm</c> run returned.</summary>
public sealed record NodeProcessResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs <c>node</c> or <c>npm</c> in a folder and captures what it writes, killing the process tree when it outlasts its
/// timeout. Without the program on PATH the test fails and says what to install.
/// </summary>
public static class NodeProcess
{
    /// <summary>Runs <paramref name="program"/> to its end; <paramref name="environment"/> values of null remove the variable.</summary>
    public static async Task<NodeProcessResult> RunAsync(
        string program,
        IEnumerable<string> arguments,
        string directory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
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

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

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
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new NodeProcessResult(process.ExitCode, await output, await error);
        }
    }
}
