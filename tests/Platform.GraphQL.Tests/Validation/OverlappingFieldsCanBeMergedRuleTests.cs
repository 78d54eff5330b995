using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's OverlappingFieldsCanBeMergedRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new OverlappingFieldsCanBeMergedRule(context);

    private static readonly Schema Schema1 = SchemaBuilder.Build(
        """
        type Query {
          someField(a: String, b: String): String
        }
        """);

    private static readonly Schema Schema2 = SchemaBuilder.Build(
        """
        input SomeInput {
          a: String
          b: String
        }

        type Query {
          someField(arg: SomeInput): String
        }
        """);

    private static readonly Schema Schema3 = SchemaBuilder.Build(
        """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """);

    private static readonly Schema Schema4 = SchemaBuilder.Build(
        """
        type Foo {
          constructor: String
        }

        type Query {
          foo: Foo
        }
        """);

    [Fact]
    public void UniqueFields()
    {
        ExpectValid(
            Rule,
            """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """);
    }

    [Fact]
    public void IdenticalFields()
    {
        ExpectValid(
            Rule,
            """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """);
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalArgs()
    {
        ExpectValid(
            Rule,
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """);
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives()
    {
        ExpectValid(
            Rule,
            """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """);
    }

    [Fact]
    public void DifferentArgsWithDifferentAliases()
    {
        ExpectValid(
            Rule,
            """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """);
    }

    [Fact]
    public void DifferentDirectivesWithDifferentAliases()
    {
        ExpectValid(
            Rule,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """);
    }

    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted()
    {
        ExpectValid(
            Rule,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """);
    }

    [Fact]
    public void StreamDirectiveUsedOnDifferentInstancesOfTheSameField()
    {
        ExpectErrors(
            Rule,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveLabel()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "anotherLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveInitialCount()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 2)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveFirstMissingArgs()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name @stream(label: "streamLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveSecondMissingArgs()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveExtraArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 1, extraArg: true)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void MixOfStreamAndNoStream()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentStreamDirectiveBothMissingArgs()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name @stream
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void SameAliasesWithDifferentFieldTargets()
    {
        ExpectErrors(
            Rule,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void SameAliasesAllowedOnNonOverlappingFields()
    {
        ExpectValid(
            Rule,
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """);
    }

    [Fact]
    public void AliasMaskingDirectFieldAccess()
    {
        ExpectErrors(
            Rule,
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentArgsSecondAddsAnArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void DifferentArgsSecondMissingAnArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void ConflictingArgValues()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void ConflictingArgNames()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void AllowsDifferentArgsWhereNoConflictIsPossible()
    {
        ExpectValid(
            Rule,
            """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """);
    }

    [Fact]
    public void AllowsDifferentOrderOfArgs()
    {
        ExpectValid(
            Schema1,
            Rule,
            """
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """);
    }

    [Fact]
    public void AllowsDifferentOrderOfInputObjectFieldsInArgValues()
    {
        ExpectValid(
            Schema2,
            Rule,
            """
            {
              someField(arg: { a: null, b: null })
              someField(arg: { b: null, a: null })
            }
            """);
    }

    [Fact]
    public void EncountersConflictInFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));
    }

    [Fact]
    public void ReportsEachConflictOnce()
    {
        ExpectErrors(
            Rule,
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
            Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
            Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));
    }

    [Fact]
    public void DeepConflict()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));
    }

    [Fact]
    public void DeepConflictWithMultipleIssues()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));
    }

    [Fact]
    public void VeryDeepConflict()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestor()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestorInFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));
    }

    [Fact]
    public void ReportsDeepConflictInNestedFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                ...I
              }
              field {
                ...F
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            Error("Fields \"field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (17, 3), (21, 3), (5, 3), (14, 3), (10, 3)));
    }

    [Fact]
    public void ReportsDeepConflictAfterNestedFragments()
    {
        ExpectErrors(
            Rule,
            """
            fragment F on T {
              ...G
            }
            fragment G on T {
              ...H
            }
            fragment H on T {
              x: a
            }
            {
              x: b
              ...F
            }
            """,
            Error("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 3), (8, 3)));
    }

    [Fact]
    public void IgnoresUnknownFragments()
    {
        ExpectValid(
            Rule,
            """
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousConflictingReturnTypesWhichPotentiallyOverlap()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousCompatibleReturnShapesOnDifferentReturnTypes()
    {
        ExpectValid(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypesDespiteNoOverlap()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousReportsCorrectlyWhenANonExclusiveFollowsAnExclusive()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """,
            Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypeNullabilityDespiteNoOverlap()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypeListDespiteNoOverlap()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """,
            Error("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingSubfields()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """,
            Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingDeepReturnTypesDespiteNoOverlap()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """,
            Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousAllowsNonConflictingOverlappingTypes()
    {
        ExpectValid(
            Schema3,
            Rule,
            """
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousSameWrappedScalarReturnTypes()
    {
        ExpectValid(
            Schema3,
            Rule,
            """
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousAllowsInlineFragmentsWithoutTypeCondition()
    {
        ExpectValid(
            Schema3,
            Rule,
            """
            {
              a
              ... {
                a
              }
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousComparesDeepTypesIncludingList()
    {
        ExpectErrors(
            Schema3,
            Rule,
            """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """,
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)));
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousIgnoresUnknownTypes()
    {
        ExpectValid(
            Schema3,
            Rule,
            """
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """);
    }

    [Fact]
    public void ReturnTypesMustBeUnambiguousWorksForFieldNamesThatAreJSKeywords()
    {
        ExpectValid(
            Schema4,
            Rule,
            """
            {
              foo {
                constructor
              }
            }
            """);
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragment()
    {
        ExpectValid(
            Rule,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """);
    }

    [Fact]
    public void DoesNotInfiniteLoopOnImmediatelyRecursiveFragment()
    {
        ExpectValid(
            Rule,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """);
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentWithAFieldNamedAfterFragment()
    {
        ExpectValid(
            Rule,
            """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """);
    }

    [Fact]
    public void FindsInvalidCasesEvenWithFieldNamedAfterFragment()
    {
        ExpectErrors(
            Rule,
            """
            {
              fragA
              ...fragA
            }

            fragment fragA on Type {
              fragA: b
            }
            """,
            Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (7, 3)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment()
    {
        ExpectValid(
            Rule,
            """
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """);
    }

    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment()
    {
        ExpectErrors(
            Rule,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields()
    {
        ExpectValid(
            Rule,
            """
            {
              ...fragA
              ...fragB
            }

            fragment fragA on T {
              x {
                ...fragA
                x {
                  ...fragA
                }
              }
            }

            fragment fragB on T {
              x {
                ...fragB
                x {
                  ...fragB
                }
              }
            }
            """);
    }
}
