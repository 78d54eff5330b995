using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>
/// A PostgreSQL cluster in a temporary directory, listening on 127.0.0.1 on a free port, with trust
/// authentication and durability switched off (fsync, full page writes) because it is thrown away.
/// PostgreSQL refuses to run as root, so under root it runs as the <c>postgres</c> user the Debian package creates.
/// </summary>
public sealed class ThrowawayCluster : IDisposable
{
    private readonly string _directory;
    private readonly string _binaries;

    private ThrowawayCluster(string directory, string binaries, int port)
    {
        _directory = directory;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true";

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var binaries = FindBinaries();
        var directory = Path.Combine(Path.GetTempPath(), "platform-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var cluster = new ThrowawayCluster(directory, binaries, FreePort());
        try
        {
            await cluster.RunAsync("chown", $"postgres {directory}", asPostgres: false, onlyAsRoot: true).ConfigureAwait(false);
            await cluster.RunAsync(Path.Combine(binaries, "initdb"),
                $"-D {directory}/data -U postgres --auth=trust -E UTF8 --no-sync --no-instructions").ConfigureAwait(false);
            await cluster.RunAsync(Path.Combine(binaries, "pg_ctl"),
                $"-D {directory}/data -l {directory}/log -w -t 60 start -o \"-p {cluster.Port} -k {directory} " +
                "-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200\"")
                .ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            RunAsync(Path.Combine(_binaries, "pg_ctl"), $"-D {_directory}/data -m immediate -w stop").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Never started, or already stopped: nothing to stop.
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private async Task RunAsync(string program, string arguments, bool asPostgres = true, bool onlyAsRoot = false)
    {
        if (onlyAsRoot && !IsRoot)
        {
            return;
        }

        var info = asPostgres && IsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = _directory;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }
    }

    private static string FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var newest = versions.Select(path => Path.Combine(path, "bin")).Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault();
        return newest ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb): install Debian's postgresql package or set PLATFORM_TEST_POSTGRES.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
