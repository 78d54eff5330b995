using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's UniqueDirectiveNamesRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class UniqueDirectiveNamesRuleTests
{
    private static readonly SdlValidationRuleFactory Rule = context => new UniqueDirectiveNamesRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        directive @foo on SCHEMA
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        type foo
        """);

    [Fact]
    public void NoDirective()
    {
        ExpectValidSdl(
            Rule,
            """
            type Foo
            """);
    }

    [Fact]
    public void OneDirective()
    {
        ExpectValidSdl(
            Rule,
            """
            directive @foo on SCHEMA
            """);
    }

    [Fact]
    public void ManyDirectives()
    {
        ExpectValidSdl(
            Rule,
            """
            directive @foo on SCHEMA
            directive @bar on SCHEMA
            directive @baz on SCHEMA
            """);
    }

    [Fact]
    public void DirectiveAndNonDirectiveDefinitionsNamedTheSame()
    {
        ExpectValidSdl(
            Rule,
            """
            query foo { __typename }
            fragment foo on foo { __typename }
            type foo

            directive @foo on SCHEMA
            """);
    }

    [Fact]
    public void DirectivesNamedTheSame()
    {
        ExpectSdlErrors(
            Rule,
            """
            directive @foo on SCHEMA

            directive @foo on SCHEMA
            """,
            Error("There can be only one directive named \"@foo\".", (1, 12), (3, 12)));
    }

    [Fact]
    public void AddingNewDirectiveToExistingSchema()
    {
        ExpectValidSdl(
            Schema1,
            Rule,
            """
            directive @bar on SCHEMA
            """);
    }

    [Fact]
    public void AddingNewDirectiveWithStandardNameToExistingSchema()
    {
        ExpectSdlErrors(
            Schema2,
            Rule,
            """
            directive @skip on SCHEMA
            """,
            Error("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (1, 12)));
    }

    [Fact]
    public void AddingNewDirectiveToExistingSchemaWithSameNamedType()
    {
        ExpectValidSdl(
            Schema2,
            Rule,
            """
            directive @foo on SCHEMA
            """);
    }

    [Fact]
    public void AddingConflictingDirectivesToExistingSchema()
    {
        ExpectSdlErrors(
            Schema1,
            Rule,
            """
            directive @foo on SCHEMA
            """,
            Error("Directive \"@foo\" already exists in the schema. It cannot be redefined.", (1, 12)));
    }
}
