using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Registry;

/// <summary>
/// At startup, reads the schema of every configured module (<c>Gateway:Modules</c>) and composes them. A module that
/// cannot be read is logged and left out (it can join later through the registration endpoint); a set that does
/// not compose is logged and nothing is served until a change composes.
/// </summary>
internal sealed class ConfiguredModulesLoader(
    ModuleRegistry registry, ModuleSdlLoader loader, IOptions<GatewayOptions> options, ILogger<ConfiguredModulesLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.Modules.Where(m => m.Value.Url is not null).ToList();
        if (configured.Count == 0)
        {
            return;
        }

        var loaded = await Task.WhenAll(configured.Select(m => loader.LoadAsync(m.Key, m.Value.Url!, cancellationToken))).ConfigureAwait(false);
        var definitions = new List<SubgraphDefinition>();
        foreach (var (definition, error) in loaded)
        {
            if (definition is not null)
            {
                definitions.Add(definition);
            }
            else
            {
                logger.LogWarning("{Error}", error!.Message);
            }
        }

        if (definitions.Count > 0)
        {
            await registry.ReplaceAllAsync(definitions).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
