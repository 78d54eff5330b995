using System.Text.Json;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// A folder of node scripts in the repository with pinned packages (a committed package.json and package-lock.json),
/// found by walking up from the test's output directory. Before a script runs, <c>npm ci</c> installs the packages
/// once when any of <see cref="RequiredPackages"/> is missing from <c>node_modules</c>.
/// </summary>
public sealed class NodePackageFolder
{
    private readonly SemaphoreSlim _installLock = new(1, 1);

    /// <param name="repositoryPath">The folder relative to the repository root, with '/' separators.</param>
    /// <param name="markerFile">A file in the folder that tells it apart from a folder of the same name elsewhere.</param>
    /// <param name="requiredPackages">Packages whose presence in node_modules means the install is done.</param>
    public NodePackageFolder(string repositoryPath, string markerFile, params string[] requiredPackages)
    {
        RepositoryPath = repositoryPath;
        MarkerFile = markerFile;
        RequiredPackages = requiredPackages;
    }

    public string RepositoryPath { get; }

    public string MarkerFile { get; }

    public IReadOnlyList<string> RequiredPackages { get; }

    /// <summary>The <c>npm</c> arguments that install the packages.</summary>
    public IReadOnlyList<string> InstallArguments { get; init; } = ["ci", "--no-audit", "--no-fund"];

    /// <summary>Variables set (or, with null, removed) for every npm and node run.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long one npm or node run may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The folder's full path, after installing its packages when they are missing.</summary>
    public async Task<string> PrepareAsync()
    {
        var directory = Find();
        await _installLock.WaitAsync();
        try
        {
            var modules = Path.Combine(directory, "node_modules");
            if (!RequiredPackages.All(package => Directory.Exists(Path.Combine(modules, package))))
            {
                var (exitCode, output, error) = await RunAsync("npm", InstallArguments, directory);
                Assert.True(exitCode == 0, $"npm ci failed in {directory} ({exitCode}):\n{output}\n{error}");
            }
        }
        finally
        {
            _installLock.Release();
        }

        return directory;
    }

    /// <summary>Runs <c>node script arguments…</c> in the prepared folder and returns its standard output parsed as JSON.</summary>
    public async Task<JsonElement> RunJsonAsync(string script, params string[] arguments)
    {
        var directory = await PrepareAsync();
        var (exitCode, output, error) = await RunAsync("node", [script, .. arguments], directory);
        Assert.True(exitCode == 0, $"node {script} exited with {exitCode}:\n{error}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private Task<NodeProcessResult> RunAsync(string program, IEnumerable<string> arguments, string directory) =>
        NodeProcess.RunAsync(program, arguments, directory, Timeout, Environment);

    private string Find()
    {
        var relative = RepositoryPath.Split('/');
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. relative]);
            if (File.Exists(Path.Combine(candidate, MarkerFile)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{RepositoryPath} was not found above {AppContext.BaseDirectory}");
    }
}
