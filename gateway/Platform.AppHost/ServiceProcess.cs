using System.Diagnostics;

namespace Platform.AppHost;

/// <summary>
/// A service running as a child process (<c>dotnet &lt;assembly&gt;.dll</c> from its project's build output, in its
/// project directory so it reads its own appsettings), its output echoed with its name as prefix.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ServiceProcess Start(string name, string repositoryRoot, ServiceSpec spec, IDictionary<string, string> environment)
    {
        var projectDirectory = Path.Combine(repositoryRoot, spec.Project);
        var assembly = Path.Combine(projectDirectory, "bin", BuildInfo.Configuration, "net10.0", spec.Assembly + ".dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{name}: {assembly} is missing; build the solution with -c {BuildInfo.Configuration} first.");
        }

        // --urls outranks a service's own appsettings (the gateway's names a default port).
        var info = new ProcessStartInfo("dotnet", [assembly, "--urls", $"http://127.0.0.1:{spec.Port}"])
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name}: could not start {assembly}.");
        process.OutputDataReceived += (_, line) => Echo(name, line.Data);
        process.ErrorDataReceived += (_, line) => Echo(name, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, process);
    }

    /// <summary>Polls <c>/health</c> until the service answers 200, it exits, or the time is up.</summary>
    public async Task WaitHealthyAsync(Uri baseUri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await client.GetAsync("/health", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static void Echo(string name, string? line)
    {
        if (line is not null)
        {
            Console.WriteLine($"[{name}] {line}");
        }
    }
}
