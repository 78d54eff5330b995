using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's FieldsOnCorrectTypeRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory FieldsOnCorrectType = context => new FieldsOnCorrectTypeRule(context);

    [Fact]
    public void Object_field_selection()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """);
    }

    [Fact]
    public void Aliased_object_field_selection()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """);
    }

    [Fact]
    public void Interface_field_selection()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """);
    }

    [Fact]
    public void Aliased_interface_field_selection()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """);
    }

    [Fact]
    public void Lying_alias_selection()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """);
    }

    [Fact]
    public void Ignores_fields_on_unknown_type()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """);
    }

    [Fact]
    public void Reports_errors_when_type_is_known_again()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """,
            Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
            Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));
    }

    [Fact]
    public void Field_not_defined_on_fragment()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Field_not_defined_on_fragment_no_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrorsHidingSuggestions(
            FieldsOnCorrectType,
            schema,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void Ignores_deeply_unknown_field()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void Sub_field_not_defined()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));
    }

    [Fact]
    public void Field_not_defined_on_inline_fragment()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));
    }

    [Fact]
    public void Aliased_field_target_not_defined()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Aliased_lying_field_target_not_defined()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Not_defined_on_interface()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            Error("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));
    }

    [Fact]
    public void Defined_on_implementors_but_not_on_interface()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Meta_field_selection_on_union()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """);
    }

    [Fact]
    public void Direct_field_selection_on_union()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));
    }

    [Fact]
    public void Defined_on_implementors_queried_on_union()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Valid_field_in_inline_fragment()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Pet {
              name: String
            }

            type Dog implements Pet {
              name: String
              nickname: String
              barkVolume: Int
            }

            type Cat implements Pet {
              name: String
              nickname: String
              meowVolume: Int
            }

            union CatOrDog = Cat | Dog

            type Human {
              name: String
              pets: [Pet]
            }

            type Query {
              human: Human
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """);
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Works_with_no_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            type T {
              fieldWithVeryLongNameThatWillNeverBeSuggested: String
            }
            type Query { t: T }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\".", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Works_with_no_small_numbers_of_type_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            union T = A | B
            type Query { t: T }

            type A { f: String }
            type B { f: String }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Works_with_no_small_numbers_of_field_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            type T {
              y: String
              z: String
            }
            type Query { t: T }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Only_shows_one_set_of_suggestions_at_a_time_preferring_types()
    {
        var schema = SchemaBuilder.Build(
            """
            interface T {
              y: String
              z: String
            }
            type Query { t: T }

            type A implements T {
              f: String
              y: String
              z: String
            }
            type B implements T {
              f: String
              y: String
              z: String
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Sort_type_suggestions_based_on_inheritance_order()
    {
        var schema = SchemaBuilder.Build(
            """
            interface T { bar: String }
            type Query { t: T }

            interface Z implements T {
              foo: String
              bar: String
            }

            interface Y implements Z & T {
              foo: String
              bar: String
            }

            type X implements Y & Z & T {
              foo: String
              bar: String
            }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { foo } }""",
            Error("Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Sort_type_suggestions_based_on_inheritance_order_2()
    {
        var schema = SchemaBuilder.Build(
            """
            interface Animal { name: String }
            interface Mammal implements Animal { name: String }

            interface Canine implements Animal & Mammal { name: String }
            type Dog implements Animal & Mammal & Canine { name: String }

            interface Feline implements Animal & Mammal { name: String }
            type Cat implements Animal & Mammal & Feline { name: String }

            union CatOrDog = Cat | Dog
            type Query { catOrDog: CatOrDog }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ catOrDog { name } }""",
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Animal\", \"Mammal\", \"Canine\", \"Dog\", or \"Feline\"?", (1, 14)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Limits_lots_of_type_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            union T = A | B | C | D | E | F
            type Query { t: T }

            type A { f: String }
            type B { f: String }
            type C { f: String }
            type D { f: String }
            type E { f: String }
            type F { f: String }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?", (1, 7)));
    }

    [Fact]
    public void Fields_on_correct_type_error_message_Limits_lots_of_field_suggestions()
    {
        var schema = SchemaBuilder.Build(
            """
            type T {
              u: String
              v: String
              w: String
              x: String
              y: String
              z: String
            }
            type Query { t: T }
            """);
        ExpectErrors(
            FieldsOnCorrectType,
            schema,
            """{ t { f } }""",
            Error("Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?", (1, 7)));
    }
}
