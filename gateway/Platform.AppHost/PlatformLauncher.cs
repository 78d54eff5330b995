namespace Platform.AppHost;

/// <summary>
/// Starts every module, waits until each is healthy (databases created and seeded), then starts the gateway with
/// the modules' URLs; stops them all when cancelled or when one of them exits. With a <see cref="ScaledRun"/> the
/// modules seed the synthetic province in a data folder of its own and get as long as that takes.
/// </summary>
public sealed class PlatformLauncher(AppHostOptions options, string repositoryRoot, ScaledRun? scaled = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory, repositoryRoot);
        if (scaled is not null)
        {
            dataDirectory = Path.Combine(dataDirectory, scaled.DataFolder);
        }

        Directory.CreateDirectory(dataDirectory);
        var running = new List<ServiceProcess>();
        try
        {
            var gatewayEnvironment = new Dictionary<string, string>();
            foreach (var (name, spec) in options.Modules)
            {
                var module = ServiceProcess.Start(name, repositoryRoot, spec, ModuleEnvironment(name, dataDirectory));
                running.Add(module);
                gatewayEnvironment[$"Gateway__Modules__{name}__Url"] = $"http://127.0.0.1:{spec.Port}/graphql";
            }

            await Task.WhenAll(running.Select((module, i) =>
                module.WaitHealthyAsync(new Uri($"http://127.0.0.1:{options.Modules.ElementAt(i).Value.Port}"), scaled is null ? StartTimeout : ScaledRun.StartTimeout, cancellationToken)))
                .ConfigureAwait(false);

            var gateway = ServiceProcess.Start("gateway", repositoryRoot, options.Gateway, gatewayEnvironment);
            running.Add(gateway);
            var gatewayUri = new Uri($"http://127.0.0.1:{options.Gateway.Port}");
            await gateway.WaitHealthyAsync(gatewayUri, StartTimeout, cancellationToken).ConfigureAwait(false);

            Console.WriteLine();
            Console.WriteLine($"The platform is up: GraphQL and GraphiQL at {gatewayUri}graphql ({options.Modules.Count} modules, data in {dataDirectory}).");
            Console.WriteLine("Development tokens: dotnet run --project gateway/Platform.AppHost -- token --role unit-admin --unit <unit id>");
            Console.WriteLine("Press Ctrl+C to stop.");
            while (!cancellationToken.IsCancellationRequested)
            {
                if (running.FirstOrDefault(service => service.HasExited) is { } stopped)
                {
                    Console.Error.WriteLine($"{stopped.Name} stopped; stopping the platform.");
                    return 1;
                }

                await Task.Delay(500, CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(running))
            {
                await service.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A module's environment: its data directory and every other module's GraphQL URL as <c>Platform:&lt;Name&gt;Url</c>
    /// (<c>Platform:OrganizationUrl</c>, from which admin scopes over the unit tree are read; <c>Platform:VolunteersUrl</c>,
    /// where Activities records service time), as a deployment would configure them.
    /// </summary>
    private Dictionary<string, string> ModuleEnvironment(string name, string dataDirectory)
    {
        var environment = new Dictionary<string, string>(scaled?.ModuleEnvironment ?? new Dictionary<string, string>())
        {
            ["Database__Directory"] = dataDirectory,
        };
        foreach (var (other, spec) in options.Modules)
        {
            if (!string.Equals(other, name, StringComparison.Ordinal))
            {
                environment[$"Platform__{char.ToUpperInvariant(other[0])}{other[1..]}Url"] = $"http://127.0.0.1:{spec.Port}/graphql";
            }
        }

        return environment;
    }
}
