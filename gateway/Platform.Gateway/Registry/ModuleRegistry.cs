using Microsoft.Extensions.Logging;
using Platform.GraphQL;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Registry;

/// <summary>
/// The modules the gateway serves and the graph composed from them. Changes are serialized; each composes the
/// whole candidate set and is published (one atomic swap of <see cref="Current"/>) only when composition succeeds.
/// A refused change leaves both the module set and the served graph as they were.
/// </summary>
public sealed class ModuleRegistry(ModuleSdlLoader loader, ILogger<ModuleRegistry> logger)
{
    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly List<SubgraphDefinition> _modules = [];
    private SupergraphSnapshot? _current;
    private long _version;

    /// <summary>The graph being served; null until a composition succeeded (or after the last module left).</summary>
    public SupergraphSnapshot? Current => Volatile.Read(ref _current);

    public IReadOnlyList<SubgraphDefinition> Modules
    {
        get
        {
            lock (_modules)
            {
                return _modules.ToArray();
            }
        }
    }

    /// <summary>Adds a module or moves an existing one to a new address, reading its schema there.</summary>
    public async Task<ModuleChangeResult> RegisterAsync(string name, Uri url, CancellationToken cancellationToken)
    {
        var (definition, error) = await loader.LoadAsync(name, url, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return ModuleChangeResult.Refused(502, [error!]);
        }

        return await ChangeAsync(modules =>
        {
            var index = modules.FindIndex(m => m.Name == name);
            if (index >= 0)
            {
                modules[index] = definition;
            }
            else
            {
                modules.Add(definition);
            }

            return true;
        }).ConfigureAwait(false);
    }

    public Task<ModuleChangeResult> RemoveAsync(string name) =>
        ChangeAsync(modules => modules.RemoveAll(m => m.Name == name) > 0);

    /// <summary>Composes a whole set at once (startup); modules that could not be read are left out.</summary>
    public Task<ModuleChangeResult> ReplaceAllAsync(IReadOnlyList<SubgraphDefinition> definitions) =>
        ChangeAsync(modules =>
        {
            modules.Clear();
            modules.AddRange(definitions);
            return true;
        });

    /// <summary>
    /// Takes in schemas read again from the modules: a module still registered at the same address whose SDL changed
    /// gets it, and the set is recomposed; nothing happens when no SDL changed.
    /// </summary>
    public Task<ModuleChangeResult> RefreshAsync(IReadOnlyList<SubgraphDefinition> reread) =>
        ChangeAsync(modules =>
        {
            var changed = false;
            for (var i = 0; i < modules.Count; i++)
            {
                var module = modules[i];
                if (reread.FirstOrDefault(r => r.Name == module.Name && r.Url == module.Url) is { } fresh && fresh.Sdl != module.Sdl)
                {
                    modules[i] = fresh;
                    changed = true;
                }
            }

            return changed;
        }, unchangedIsSuccess: true);

    private async Task<ModuleChangeResult> ChangeAsync(Func<List<SubgraphDefinition>, bool> change, bool unchangedIsSuccess = false)
    {
        await _changes.WaitAsync().ConfigureAwait(false);
        try
        {
            var candidate = Modules.ToList();
            if (!change(candidate))
            {
                return unchangedIsSuccess
                    ? ModuleChangeResult.Published(Current)
                    : ModuleChangeResult.Refused(404, [new CompositionError("MODULE_NOT_FOUND", "No module by that name is registered.")]);
            }

            SupergraphSnapshot? snapshot = null;
            if (candidate.Count > 0)
            {
                var composed = Compose(candidate);
                if (composed.Supergraph is not { } supergraph)
                {
                    logger.LogWarning("Composition refused: {Errors}", string.Join("; ", composed.Errors.Select(e => e.Message)));
                    return ModuleChangeResult.Refused(400, composed.Errors);
                }

                snapshot = new SupergraphSnapshot(supergraph, Interlocked.Increment(ref _version));
            }

            lock (_modules)
            {
                _modules.Clear();
                _modules.AddRange(candidate);
            }

            var previous = Interlocked.Exchange(ref _current, snapshot);
            previous?.Retire();
            logger.LogInformation("Serving {Count} module(s): {Modules}", candidate.Count, string.Join(", ", candidate.Select(m => m.Name)));
            return ModuleChangeResult.Published(snapshot);
        }
        finally
        {
            _changes.Release();
        }
    }

    private static CompositionResult Compose(IReadOnlyList<SubgraphDefinition> modules)
    {
        try
        {
            return SupergraphComposer.Compose(modules);
        }
        catch (Exception exception) when (exception is GraphQLError or SchemaException or NotImplementedException)
        {
            return CompositionResult.Failure([new CompositionError("COMPOSITION_FAILED", exception.Message)]);
        }
    }
}
