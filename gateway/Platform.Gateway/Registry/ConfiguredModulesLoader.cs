using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Registry;

/// <summary>
/// At startup, reads the schema of every configured module (<c>Gateway:Modules</c>) and composes those that answered,
/// before the app serves. Modules that could not be read (not started yet, say) are retried in the background every
/// <see cref="GatewayOptions.ModuleRetryInterval"/> until each has joined once.
/// </summary>
internal sealed class ConfiguredModulesLoader(
    ModuleRegistry registry, ModuleSdlLoader loader, IOptions<GatewayOptions> options, ILogger<ConfiguredModulesLoader> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.Modules.Where(m => m.Value.Url is not null).ToDictionary(m => m.Key, m => m.Value.Url!);
        if (configured.Count == 0)
        {
            return;
        }

        var loaded = await Task.WhenAll(configured.Select(m => loader.LoadAsync(m.Key, m.Value, cancellationToken))).ConfigureAwait(false);
        var definitions = new List<SubgraphDefinition>();
        foreach (var (definition, error) in loaded)
        {
            if (definition is not null)
            {
                definitions.Add(definition);
                configured.Remove(definition.Name);
            }
            else
            {
                logger.LogWarning("{Error} Retrying in the background.", error!.Message);
            }
        }

        if (definitions.Count > 0)
        {
            await registry.ReplaceAllAsync(definitions).ConfigureAwait(false);
        }

        if (configured.Count > 0)
        {
            _retries = RetryAsync(configured, _stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _retries.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task RetryAsync(Dictionary<string, Uri> missing, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.Value.ModuleRetryInterval);
        while (missing.Count > 0 && await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
        {
            foreach (var (name, url) in missing.ToList())
            {
                var result = await registry.RegisterAsync(name, url, stopping).ConfigureAwait(false);
                if (result.Succeeded)
                {
                    missing.Remove(name);
                    logger.LogInformation("Module {Module} joined at {Url}.", name, url);
                }
            }
        }
    }
}
