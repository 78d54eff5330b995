namespace Platform.Gateway;

/// <summary>The gateway's settings (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Modules composed at startup, by name (<c>Gateway:Modules:&lt;name&gt;:Url</c>).</summary>
    public Dictionary<string, ModuleOptions> Modules { get; } = new(StringComparer.Ordinal);

    /// <summary>How long one module call may take before that module's part of the response is given up.</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often configured modules that could not be read at startup are tried again.</summary>
    public TimeSpan ModuleRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When set, every registered module's schema is read again at this interval and a change recomposed.</summary>
    public TimeSpan? SchemaPollInterval { get; set; }

    /// <summary>The largest module response read; a larger one counts as an invalid response.</summary>
    public long MaxSubgraphResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Answer a request whose <c>extensions</c> hold <c>"queryPlan": true</c> with its plan in the response's
    /// <c>extensions.queryPlan</c> (for module developers; it shows how modules are called, so keep it off in production).
    /// </summary>
    public bool ExposeQueryPlans { get; set; }

    /// <summary>
    /// How many subscriptions the gateway serves at once (each holds a client connection and one to its module); one
    /// more is answered with a <c>SUBSCRIPTION_LIMIT_EXCEEDED</c> error event.
    /// </summary>
    public int MaxConcurrentSubscriptions { get; set; } = 1000;

    /// <summary>The key the registration endpoint requires; without one, the endpoint refuses every change.</summary>
    public string? AdminKey { get; set; }

    public string AdminKeyHeader { get; set; } = "X-Gateway-Admin-Key";

    /// <summary>The request headers forwarded to modules when <see cref="ForwardedRequestHeaders"/> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultForwardedRequestHeaders = ["X-Media-Key"];

    /// <summary>
    /// Request headers passed on to every module call besides <c>Authorization</c> and the trace context; null means
    /// <see cref="DefaultForwardedRequestHeaders"/> (the Activities module's per-key rate limit reads <c>X-Media-Key</c>).
    /// A configured list replaces the default (a list of one empty name forwards none).
    /// </summary>
    public string[]? ForwardedRequestHeaders { get; set; }

    public IReadOnlyList<string> EffectiveForwardedRequestHeaders => ForwardedRequestHeaders ?? DefaultForwardedRequestHeaders;

    public TimeSpan TimeoutFor(string module) =>
        Modules.TryGetValue(module, out var options) && options.Timeout is { } timeout ? timeout : SubgraphTimeout;
}

/// <summary>One configured module.</summary>
public sealed class ModuleOptions
{
    public Uri? Url { get; set; }

    /// <summary>Overrides <see cref="GatewayOptions.SubgraphTimeout"/> for this module.</summary>
    public TimeSpan? Timeout { get; set; }
}
