using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Registry;

/// <summary>
/// With <see cref="GatewayOptions.SchemaPollInterval"/> set, reads every registered module's schema again at that
/// interval and recomposes when one changed (a module redeployed with new fields). A module that does not answer
/// keeps its last schema; a change that does not compose is logged and the served graph stays.
/// </summary>
internal sealed class ModuleSchemaPoller(
    ModuleRegistry registry, ModuleSdlLoader loader, IOptions<GatewayOptions> options, ILogger<ModuleSchemaPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SchemaPollInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var modules = registry.Modules;
            var loaded = await Task.WhenAll(modules.Select(m => loader.LoadAsync(m.Name, m.Url, stoppingToken))).ConfigureAwait(false);
            var reread = loaded.Select(l => l.Definition).OfType<SubgraphDefinition>().ToList();
            var result = await registry.RefreshAsync(reread).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                logger.LogWarning("A module's new schema does not compose; the served graph stays: {Errors}",
                    string.Join("; ", result.Errors.Select(e => e.Message)));
            }
        }
    }
}
