using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's validation test harness: its test schema and assertions on one rule's errors.</summary>
internal static class ValidationHarness
{
    /// <summary>The schema of graphql-js's <c>src/validation/__tests__/harness.ts</c>.</summary>
    public static Schema TestSchema { get; } = SchemaBuilder.Build(
        """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          # TODO List
          # TODO Coercion
          # TODO NotNulls
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        schema {
          query: QueryRoot
        }

        directive @onField on FIELD
        """);

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static void ExpectErrors(ValidationRuleFactory rule, Schema schema, string query, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(schema, Parser.Parse(query), [rule]));

    public static void ExpectErrorsHidingSuggestions(
        ValidationRuleFactory rule, Schema schema, string query, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(schema, Parser.Parse(query), [rule], hideSuggestions: true));

    public static void ExpectSdlErrors(SdlValidationRuleFactory rule, Schema? schema, string sdl, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.ValidateSdl(Parser.Parse(sdl), schema, [rule]));

    private static void AssertErrors(ExpectedError[] expected, IReadOnlyList<GraphQLError> actual)
    {
        var actualText = new List<string>();
        foreach (var error in actual)
        {
            actualText.Add(Describe(error.Message, error.Locations.Select(l => (l.Line, l.Column))));
        }

        Assert.Equal(expected.Select(e => Describe(e.Message, e.Locations)).ToList(), actualText);
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>An error graphql-js reports: its message and locations (line, column).</summary>
internal sealed record ExpectedError(string Message, (int Line, int Column)[] Locations);
