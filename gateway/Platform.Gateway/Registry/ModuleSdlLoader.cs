using Microsoft.Extensions.Options;
using Platform.Gateway.Execution;
using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Registry;

/// <summary>Asks a module for its schema (<c>{ _service { sdl } }</c>) and turns the answer into a <see cref="SubgraphDefinition"/>.</summary>
public sealed class ModuleSdlLoader(SubgraphClient client, IOptionsMonitor<GatewayOptions> options)
{
    public const string UnreachableCode = "MODULE_SDL_UNAVAILABLE";

    public async Task<(SubgraphDefinition? Definition, CompositionError? Error)> LoadAsync(string name, Uri url, CancellationToken cancellationToken)
    {
        // A module's own timeout bounds its operations; reading its schema gets the gateway-wide one.
        var answer = await client.PostAsync(
            name, url, "{ _service { sdl } }", null, ForwardedHeaders.None, cancellationToken, options.CurrentValue.SubgraphTimeout).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return (null, new CompositionError(UnreachableCode, $"Could not read the schema of module '{name}' at {url}: {failure.Message}"));
        }

        if (answer.Data?.GetValueOrDefault("_service") is Dictionary<string, object?> service && service.GetValueOrDefault("sdl") is string sdl)
        {
            return (new SubgraphDefinition(name, url, sdl), null);
        }

        var reason = answer.Errors.Count > 0 ? answer.Errors[0].Message : "the answer has no _service.sdl.";
        return (null, new CompositionError(UnreachableCode, $"Module '{name}' at {url} did not give its schema: {reason}"));
    }
}
