using System.Security.Claims;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Clr.Org;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr;

public sealed class ClrExecutionTests
{
    private static readonly Schema Schema = ClrSchemaPrintTests.BuildOrgSchema();

    internal static TestServices Services() =>
        new TestServices().Add(new OrgDirectory()).Add<IVolunteerStore>(new VolunteerStore());

    internal static async Task<string> Run(
        Schema schema, string query, IServiceProvider? services = null, IReadOnlyDictionary<string, object?>? variables = null,
        ClaimsPrincipal? user = null, CancellationToken cancellationToken = default)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            Services = services ?? Services(),
            VariableValues = variables,
            User = user,
            CancellationToken = cancellationToken,
        });
        return ExecutionResultJsonWriter.ToJson(result);
    }

    [Fact]
    public async Task Hierarchy_resolves_through_parent_and_services()
    {
        var json = await Run(Schema, """{ orgUnit(id: "hz") { name kind parent { id } children { name } childCount } }""");
        Assert.Equal(
            """{"data":{"orgUnit":{"name":"Hangzhou","kind":"CITY","parent":{"id":"zj"},"children":[{"name":"Xihu"},{"name":"Shangcheng"}],"childCount":2}}}""",
            json);
    }

    [Fact]
    public async Task Arguments_bind_with_enums_defaults_and_nullable_values()
    {
        var json = await Run(Schema, """{ districts: orgUnits(kind: DISTRICT) { id } firstTwo: orgUnits(first: 2) { id } status other: status(status: DONE) }""");
        Assert.Equal(
            """{"data":{"districts":[{"id":"xh"},{"id":"sc"}],"firstTwo":[{"id":"zj"},{"id":"hz"}],"status":"IN_PROGRESS","other":"DONE"}}""",
            json);
    }

    [Fact]
    public async Task OneOf_input_binds_to_the_record()
    {
        var json = await Run(Schema, """query($by: OrgUnitLookupInput!) { byName: lookup(by: {name: "Xihu"}) { id } byVar: lookup(by: $by) { name } }""",
            variables: new Dictionary<string, object?> { ["by"] = new Dictionary<string, object?> { ["id"] = "zj" } });
        Assert.Equal("""{"data":{"byName":{"id":"xh"},"byVar":{"name":"Zhejiang"}}}""", json);
    }

    [Fact]
    public async Task Unions_and_interfaces_resolve_the_object_type_from_the_clr_class()
    {
        var json = await Run(Schema, """
            { search(text: "i") { __typename ... on OrgUnit { id } ... on Volunteer { name hours } }
              node(id: "xh") { __typename id } }
            """);
        Assert.Equal(
            """{"data":{"search":[{"__typename":"OrgUnit","id":"zj"},{"__typename":"OrgUnit","id":"xh"},{"__typename":"Volunteer","name":"Li Wei","hours":5000000000}],"node":{"__typename":"OrgUnit","id":"xh"}}}""",
            json);
    }

    [Fact]
    public async Task Scalars_serialize_guid_dates_long_and_lists_with_null_items()
    {
        var json = await Run(Schema, "{ volunteers { id joinedOn lastSeen rating skills badges } }");
        Assert.Equal(
            """{"data":{"volunteers":[{"id":"7d9f1c2e-0000-4000-8000-000000000001","joinedOn":"2024-03-01","lastSeen":"2026-11-20T08:30:00.0000000+08:00","rating":4.5,"skills":["first aid",null],"badges":null}]}}""",
            json);
    }

    [Fact]
    public async Task Async_results_static_methods_and_async_streams_as_lists()
    {
        var json = await Run(Schema, "{ count version countdown(from: 3) }");
        Assert.Equal("""{"data":{"count":4,"version":"1.0","countdown":[3,2,1]}}""", json);
    }

    [Fact]
    public async Task ClaimsPrincipal_is_the_request_user()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "mei")], "test"));
        Assert.Equal("""{"data":{"me":"mei"}}""", await Run(Schema, "{ me }", user: user));
        Assert.Equal("""{"data":{"me":null}}""", await Run(Schema, "{ me }"));
    }

    [Fact]
    public async Task CancellationToken_is_the_request_token()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(Schema, "{ count }", cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Mutation_input_record_is_built_from_the_input_object()
    {
        var services = Services();
        var json = await Run(Schema, """mutation { createOrgUnit(input: {name: "Binjiang", kind: DISTRICT, parentId: "hz"}) { id name kind parent { name } } }""", services);
        Assert.Equal("""{"data":{"createOrgUnit":{"id":"u4","name":"Binjiang","kind":"DISTRICT","parent":{"name":"Hangzhou"}}}}""", json);
        Assert.Equal(5, ((OrgDirectory)services.GetService(typeof(OrgDirectory))!).Units.Count);
    }

    [Fact]
    public async Task Missing_service_is_a_field_error_without_internals()
    {
        var json = await Run(Schema, """{ orgUnit(id: "hz") { name } }""", new TestServices());
        Assert.Equal(
            """{"errors":[{"message":"Query needs a OrgDirectory, and the request has no such service.","locations":[{"line":1,"column":3}],"path":["orgUnit"]}],"data":{"orgUnit":null}}""",
            json);
    }

    [Fact]
    public async Task Subscription_streams_events_from_the_async_enumerable()
    {
        var result = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("subscription { orgUnitCreated(kind: DISTRICT) { id kind } }"),
            Services = Services(),
        });
        Assert.Null(result.Error);
        Assert.NotNull(Schema.SubscriptionType!.Fields["orgUnitCreated"].Subscriber);
        var events = new List<string>();
        await foreach (var item in result.Stream!)
        {
            events.Add(ExecutionResultJsonWriter.ToJson(item));
        }

        Assert.Equal(
            [
                """{"data":{"orgUnitCreated":{"id":"xh","kind":"DISTRICT"}}}""",
                """{"data":{"orgUnitCreated":{"id":"sc","kind":"DISTRICT"}}}""",
            ],
            events);
    }
}
