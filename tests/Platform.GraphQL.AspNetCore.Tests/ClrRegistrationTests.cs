using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Tests
{
    using Platform.GraphQL.AspNetCore.Tests.ClrModel;

    /// <summary>Implementation-first registration: C# types through AddQueryType&lt;T&gt;() and friends, served over HTTP.</summary>
    public sealed class ClrRegistrationTests
    {
        private static async Task<(WebApplication App, HttpClient Client)> StartAsync(Action<GraphQLServerBuilder> configure)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Services.AddScoped<VolunteerDirectory>();
            configure(builder.Services.AddGraphQLServer());
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "mei")], "test"));
                await next();
            });
            app.MapGraphQL();
            await app.StartAsync();
            return (app, app.GetTestClient());
        }

        [Fact]
        public async Task Query_mutation_and_type_extension_classes_serve_requests_with_scoped_services_and_the_user()
        {
            var (app, client) = await StartAsync(graphQL => graphQL
                .AddQueryType<Query>()
                .AddMutationType<Mutation>()
                .AddTypeExtension<VolunteerQueries>());
            await using var _ = app;

            using var response = await client.PostAsync("/graphql", Json("""{"query":"{ me volunteers { name } volunteerCount }"}"""));
            using var mutation = await client.PostAsync("/graphql", Json("""{"query":"mutation { enroll(name: \"Li\") }"}"""));

            Assert.Equal(
                """{"data":{"me":"mei","volunteers":[{"name":"Wang"},{"name":"Zhao"}],"volunteerCount":2}}""",
                await response.Content.ReadAsStringAsync());
            Assert.Equal("""{"data":{"enroll":3}}""", await mutation.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_subscription_class_streams_over_server_sent_events()
        {
            var (app, client) = await StartAsync(graphQL => graphQL.AddQueryType<Query>().AddSubscriptionType<Subscription>());
            await using var _ = app;
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = Json("""{"query":"subscription { countdown(from: 2) }"}"""),
                Headers = { { "Accept", "text/event-stream" } },
            };

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data: {\"data\":{\"countdown\":2}}", text);
            Assert.Contains("data: {\"data\":{\"countdown\":1}}", text);
            Assert.EndsWith("event: complete\ndata:\n\n", text);
        }

        [Fact]
        public async Task A_schema_error_in_the_csharp_types_fails_startup_naming_the_member()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseTestServer();
            builder.Services.AddGraphQLServer().AddQueryType<Query>().AddTypeExtension<VolunteerQueries>().AddTypeExtension<DuplicateVolunteerQueries>();
            await using var app = builder.Build();

            var error = Assert.Throws<SchemaException>(() => app.MapGraphQL());

            Assert.Contains("volunteerCount", error.Message);
        }

        [Fact]
        public async Task Sdl_with_csharp_resolvers_through_BindResolvers()
        {
            var (app, client) = await StartAsync(graphQL => graphQL
                .AddDocumentFromString("type Query { greeting(name: String!): String! }")
                .BindResolvers<GreetingResolvers>());
            await using var _ = app;

            using var response = await client.PostAsync("/graphql", Json("""{"query":"{ greeting(name: \"Ada\") }"}"""));

            Assert.Equal("""{"data":{"greeting":"Hello, Ada"}}""", await response.Content.ReadAsStringAsync());
        }

        private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
    }
}

namespace Platform.GraphQL.AspNetCore.Tests.ClrModel
{
    public sealed record Volunteer(string Name);

    /// <summary>A scoped service: one per request.</summary>
    public sealed class VolunteerDirectory
    {
        public List<Volunteer> Volunteers { get; } = [new("Wang"), new("Zhao")];
    }

    public sealed class Query
    {
        public string? Me(ClaimsPrincipal? user) => user?.Identity?.Name;

        public IReadOnlyList<Volunteer> GetVolunteers(VolunteerDirectory directory) => directory.Volunteers;
    }

    public sealed class Mutation
    {
        public int Enroll(string name, VolunteerDirectory directory)
        {
            directory.Volunteers.Add(new Volunteer(name));
            return directory.Volunteers.Count;
        }
    }

    public sealed class Subscription
    {
        public async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = from; i > 0; i--)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return i;
            }
        }
    }

    [ExtendObjectType("Query")]
    public sealed class VolunteerQueries
    {
        public int GetVolunteerCount(VolunteerDirectory directory) => directory.Volunteers.Count;
    }

    [ExtendObjectType("Query")]
    public sealed class DuplicateVolunteerQueries
    {
        public int GetVolunteerCount() => 0;
    }

    [GraphQLType("Query")]
    public sealed class GreetingResolvers
    {
        public string GetGreeting(string name) => $"Hello, {name}";
    }
}
