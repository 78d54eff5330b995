namespace Platform.AppHost;

/// <summary>One service the AppHost runs: where its project is, its assembly name and its port on 127.0.0.1.</summary>
public sealed class ServiceSpec
{
    public string Project { get; set; } = "";

    public string Assembly { get; set; } = "";

    public int Port { get; set; }
}

/// <summary>Configuration section <c>AppHost</c>.</summary>
public sealed class AppHostOptions
{
    /// <summary>Where the modules' SQLite files go, relative to the repository root.</summary>
    public string DataDirectory { get; set; } = ".data";

    public ServiceSpec Gateway { get; set; } = new();

    /// <summary>The modules by name (the name the gateway knows them by).</summary>
    public Dictionary<string, ServiceSpec> Modules { get; set; } = [];
}
