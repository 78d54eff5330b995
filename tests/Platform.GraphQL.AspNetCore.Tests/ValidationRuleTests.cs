using System.Net;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

public sealed class ValidationRuleTests
{
    private sealed class NoAnonymousOperationsRule(ValidationContext context) : ValidationRule
    {
        public override SyntaxKindSet VisitedKinds { get; } = new(SyntaxKind.OperationDefinition);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (((OperationDefinitionNode)node).Name is null)
            {
                context.ReportError(new GraphQLError("Name your operations.", [node], extensions: new Dictionary<string, object?> { ["code"] = "ANONYMOUS" }));
            }

            return VisitorAction.Continue;
        }
    }

    [Fact]
    public async Task An_added_validation_rule_runs_on_every_request()
    {
        await using var host = await StartAsync(graphQL => graphQL.AddValidationRule(context => new NoAnonymousOperationsRule(context)));

        using var refused = await host.PostQueryAsync("{ hello }", GraphQLResponseJson);
        using var named = await host.PostQueryAsync("query Named { hello }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("ANONYMOUS", await FirstErrorCodeAsync(refused));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }
}
