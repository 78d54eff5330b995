namespace Platform.Federation.Subgraphs;

/// <summary>
/// The program's arguments: <c>--set benchmark|features --host 127.0.0.1 --port-base 4201</c>. Port base 0 gives every
/// subgraph a free port of the system's choosing (the ready line tells which), for tests running in parallel.
/// </summary>
internal sealed record CommandLine(string Set, string Host, int PortBase)
{
    public const string Usage = "usage: Platform.Federation.Subgraphs [--set benchmark|features] [--host 127.0.0.1] [--port-base 4201]";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new CommandLine("benchmark", "127.0.0.1", 4201);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--set" => options with { Set = value },
                "--host" => options with { Host = value },
                "--port-base" when int.TryParse(value, out var port) && port is >= 0 and < 65500 => options with { PortBase = port },
                "--port-base" => throw new ArgumentException($"--port-base must be a port number, not \"{value}\"."),
                _ => throw new ArgumentException($"Unknown argument \"{args[i]}\"."),
            };
            i++;
        }

        if (options.Host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            throw new ArgumentException("The test subgraphs bind to loopback only (--host 127.0.0.1).");
        }

        return options;
    }
}
