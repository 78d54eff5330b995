using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.ServerBenchmark;

// The server that benchmarks/run-server.sh loads with wrk: pass --urls http://127.0.0.1:<port>.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQLServer()
    .AddQueryType<Query>()
    .AddDataLoader<VenuesByUnitLoader>();

var app = builder.Build();
if (app.Urls.Any(url => !url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)))
{
    throw new InvalidOperationException("The benchmark server binds to 127.0.0.1 only: pass --urls http://127.0.0.1:<port>.");
}

app.MapGraphQL();
app.MapGet("/stats", () => Results.Json(BenchmarkCounters.Snapshot()));
app.Run();
