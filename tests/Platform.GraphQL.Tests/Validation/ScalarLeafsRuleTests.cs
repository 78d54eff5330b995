using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's ScalarLeafsRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRuleFactory ScalarLeafs = context => new ScalarLeafsRule(context);

    [Fact]
    public void Valid_scalar_selection()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelection on Dog {
              barks
            }
            """);
    }

    [Fact]
    public void Object_type_missing_selection()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));
    }

    [Fact]
    public void Interface_type_missing_selection()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            {
              human { pets }
            }
            """,
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));
    }

    [Fact]
    public void Valid_scalar_selection_with_args()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);
    }

    [Fact]
    public void Scalar_selection_not_allowed_on_Boolean()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));
    }

    [Fact]
    public void Scalar_selection_not_allowed_on_Enum()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));
    }

    [Fact]
    public void Scalar_selection_not_allowed_with_args()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)));
    }

    [Fact]
    public void Scalar_selection_not_allowed_with_directives()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27)));
    }

    [Fact]
    public void Scalar_selection_not_allowed_with_directives_and_args()
    {
        ExpectErrors(
            ScalarLeafs,
            TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));
    }
}
