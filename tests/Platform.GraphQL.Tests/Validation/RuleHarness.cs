using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// Runs single validation rules the way graphql-js's validation test harness does, against its test schema,
/// and compares the errors (message and locations, in order) with the expected ones.
/// </summary>
internal static class RuleHarness
{
    /// <summary>graphql-js's <c>testSchema</c> of src/validation/__tests__/harness.ts.</summary>
    public static readonly Schema TestSchema = SchemaBuilder.Build(
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

    public static void ExpectValid(ValidationRuleFactory rule, string query) => ExpectErrors(TestSchema, rule, query);

    public static void ExpectValid(Schema schema, ValidationRuleFactory rule, string query) => ExpectErrors(schema, rule, query);

    public static void ExpectErrors(ValidationRuleFactory rule, string query, params ExpectedError[] expected) =>
        ExpectErrors(TestSchema, rule, query, expected);

    public static void ExpectErrors(Schema schema, ValidationRuleFactory rule, string query, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(schema, Parser.Parse(query), [rule]));

    public static void ExpectErrorsWithoutSuggestions(ValidationRuleFactory rule, string query, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(TestSchema, Parser.Parse(query), [rule], hideSuggestions: true));

    public static void ExpectValidSdl(SdlValidationRuleFactory rule, string sdl) => ExpectSdlErrors(null, rule, sdl);

    public static void ExpectValidSdl(Schema? schema, SdlValidationRuleFactory rule, string sdl) => ExpectSdlErrors(schema, rule, sdl);

    public static void ExpectSdlErrors(SdlValidationRuleFactory rule, string sdl, params ExpectedError[] expected) =>
        ExpectSdlErrors(null, rule, sdl, expected);

    public static void ExpectSdlErrors(Schema? schema, SdlValidationRuleFactory rule, string sdl, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.ValidateSdl(Parser.Parse(sdl), schema, [rule]));

    public static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var actualErrors = new List<ExpectedError>(actual.Count);
        foreach (var error in actual)
        {
            var locations = new (int, int)[error.Locations.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = (error.Locations[i].Line, error.Locations[i].Column);
            }

            actualErrors.Add(new ExpectedError(error.Message, locations));
        }

        Assert.Equal(Describe(expected), Describe(actualErrors));
    }

    private static string Describe(IReadOnlyList<ExpectedError> errors) => string.Join("\n", errors);

    /// <summary>An error as graphql-js's tests write it: the message and the (line, column) locations.</summary>
    public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations)
    {
        public override string ToString() =>
            Message + " @ " + string.Join(", ", Array.ConvertAll(Locations, l => $"{l.Line}:{l.Column}"));
    }
}
