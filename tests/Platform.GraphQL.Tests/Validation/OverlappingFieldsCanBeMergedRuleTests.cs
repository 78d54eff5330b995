using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's OverlappingFieldsCanBeMergedRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRuleFactory OverlappingFieldsCanBeMerged = context => new OverlappingFieldsCanBeMergedRule(context);

    [Fact]
    public void Unique_fields()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """);
    }

    [Fact]
    public void Identical_fields()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """);
    }

    [Fact]
    public void Identical_fields_with_identical_args()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """);
    }

    [Fact]
    public void Identical_fields_with_identical_directives()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """);
    }

    [Fact]
    public void Different_args_with_different_aliases()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """);
    }

    [Fact]
    public void Different_directives_with_different_aliases()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """);
    }

    [Fact]
    public void Different_skip_include_directives_accepted()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """);
    }

    [Fact]
    public void Stream_directive_used_on_different_instances_of_the_same_field()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_label()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "anotherLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_initialCount()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 2)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_first_missing_args()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name @stream(label: "streamLabel", initialCount: 1)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_second_missing_args()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_extra_argument()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream(label: "streamLabel", initialCount: 1)
              name @stream(label: "streamLabel", initialCount: 1, extraArg: true)
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Mix_of_stream_and_no_stream()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_stream_directive_both_missing_args()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              name @stream
              name @stream
            }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Same_aliases_with_different_field_targets()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Alias_masking_direct_field_access()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_args_second_adds_an_argument()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Different_args_second_missing_an_argument()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Conflicting_arg_values()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Conflicting_arg_names()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Allows_different_args_where_no_conflict_is_possible()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Allows_different_order_of_args()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query {
              someField(a: String, b: String): String
            }
            """);
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
            """
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """);
    }

    [Fact]
    public void Allows_different_order_of_input_object_fields_in_arg_values()
    {
        var schema = SchemaBuilder.Build(
            """
            input SomeInput {
              a: String
              b: String
            }

            type Query {
              someField(arg: SomeInput): String
            }
            """);
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
            """
            {
              someField(arg: { a: null, b: null })
              someField(arg: { b: null, a: null })
            }
            """);
    }

    [Fact]
    public void Encounters_conflict_in_fragments()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Reports_each_conflict_once()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Deep_conflict()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Deep_conflict_with_multiple_issues()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Very_deep_conflict()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Reports_deep_conflict_to_nearest_common_ancestor()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Reports_deep_conflict_to_nearest_common_ancestor_in_fragments()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Reports_deep_conflict_in_nested_fragments()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Reports_deep_conflict_after_nested_fragments()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Ignores_unknown_fragments()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Return_types_must_be_unambiguous_conflicting_return_types_which_potentially_overlap()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_compatible_return_shapes_on_different_return_types()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_disallows_differing_return_types_despite_no_overlap()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_reports_correctly_when_a_non_exclusive_follows_an_exclusive()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_disallows_differing_return_type_nullability_despite_no_overlap()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_disallows_differing_return_type_list_despite_no_overlap()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    }

    [Fact]
    public void Return_types_must_be_unambiguous_disallows_differing_return_type_list_despite_no_overlap_2()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_disallows_differing_subfields()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_disallows_differing_deep_return_types_despite_no_overlap()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_allows_non_conflicting_overlapping_types()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_same_wrapped_scalar_return_types()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_allows_inline_fragments_without_type_condition()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_compares_deep_types_including_list()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_ignores_unknown_types()
    {
        var schema = SchemaBuilder.Build(
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
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
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
    public void Return_types_must_be_unambiguous_works_for_field_names_that_are_JS_keywords()
    {
        var schema = SchemaBuilder.Build(
            """
            type Foo {
              constructor: String
            }

            type Query {
              foo: Foo
            }
            """);
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            schema,
            """
            {
              foo {
                constructor
              }
            }
            """);
    }

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """);
    }

    [Fact]
    public void Does_not_infinite_loop_on_immediately_recursive_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """);
    }

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragment_with_a_field_named_after_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
            """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """);
    }

    [Fact]
    public void Finds_invalid_cases_even_with_field_named_after_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Does_not_infinite_loop_on_transitively_recursive_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Finds_invalid_case_even_with_immediately_recursive_fragment()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
    public void Does_not_infinite_loop_on_recursive_fragments_separated_by_fields()
    {
        ExpectErrors(
            OverlappingFieldsCanBeMerged,
            TestSchema,
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
