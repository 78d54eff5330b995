using Microsoft.AspNetCore.Builder;
using Platform.Federation.Subgraphs;

// The federation test subgraphs: `--set benchmark` (accounts, inventory, products, reviews) or `--set features`
// (catalog, shop, ratings), one Kestrel server each on consecutive ports from --port-base (0: free ports), path /graphql.
// Prints one "ready" line once every server listens; stops on SIGTERM, Ctrl+C or when a stdin pipe closes.
CommandLine options;
IReadOnlyList<ISubgraph> subgraphs;
try
{
    options = CommandLine.Parse(args);
    subgraphs = SubgraphSets.Get(options.Set);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

using var stopping = new CancellationTokenSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stopping.Cancel(); });
Console.CancelKeyPress += (_, eventArgs) => { eventArgs.Cancel = true; stopping.Cancel(); };
ParentWatch.StopWhenStdinPipeCloses(stopping);

var apps = new List<WebApplication>();
try
{
    for (var i = 0; i < subgraphs.Count; i++)
    {
        var port = options.PortBase == 0 ? 0 : options.PortBase + i;
        apps.Add(await SubgraphServer.StartAsync(subgraphs[i], options.Host, port, stopping.Token));
    }

    var urls = subgraphs.Select((subgraph, i) => $"{subgraph.Name}={SubgraphServer.GraphQLUrl(apps[i])}");
    Console.WriteLine($"ready {options.Set} {string.Join(" ", urls)}");
    await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    // Stopped before every server was up: nothing to report.
}
catch (IOException exception)
{
    Console.Error.WriteLine($"Could not start the {options.Set} subgraphs: {exception.Message}");
    return 1;
}
finally
{
    foreach (var app in apps)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

return 0;
