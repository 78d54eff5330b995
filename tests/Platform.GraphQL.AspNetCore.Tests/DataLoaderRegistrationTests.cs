using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>AddDataLoader: a scoped loader per request, batching every load of one execution step into one fetch.</summary>
public sealed class DataLoaderRegistrationTests
{
    private sealed class FetchLog
    {
        private int _fetches;

        public int Fetches => Volatile.Read(ref _fetches);

        public void Record() => Interlocked.Increment(ref _fetches);
    }

    private sealed class SquareLoader(DataLoaderScope scope, FetchLog log) : BatchDataLoader<int, int>(scope)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            log.Record();
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * k));
        }
    }

    [Fact]
    public async Task A_registered_loader_batches_the_children_of_a_list_into_one_fetch_per_request()
    {
        var log = new FetchLog();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(log);
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { numbers: [Number!]! } type Number { value: Int! square: Int! }")
            .AddResolver("Query", "numbers", _ => Enumerable.Range(1, 100).Select(i => new Dictionary<string, object?> { ["value"] = i }).ToList())
            .AddResolver("Number", "square", context =>
                context.DataLoader<SquareLoader>().LoadAsync((int)((IDictionary<string, object?>)context.Source!)["value"]!, context.CancellationToken))
            .AddDataLoader<SquareLoader>();
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ numbers { value square } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("{\"value\":100,\"square\":10000}", body);
        Assert.Equal(1, log.Fetches);
    }
}
