using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's UniqueDirectivesPerLocationRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRuleFactory UniqueDirectivesPerLocation = context => new UniqueDirectivesPerLocationRule(context);
    private static readonly SdlValidationRuleFactory UniqueDirectivesPerLocationSdl = context => new UniqueDirectivesPerLocationRule(context);

    [Fact]
    public void No_directives()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type {
              field
            }
            """);
    }

    [Fact]
    public void Unique_directives_in_different_locations()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """);
    }

    [Fact]
    public void Unique_directives_in_same_locations()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """);
    }

    [Fact]
    public void Same_directives_in_different_locations()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type @directiveA {
              field @directiveA
            }
            """);
    }

    [Fact]
    public void Same_directives_in_similar_locations()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type {
              field @directive
              field @directive
            }
            """);
    }

    [Fact]
    public void Repeatable_directives_in_same_location()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """);
    }

    [Fact]
    public void Unknown_directives_must_be_ignored()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            type Test @unknown @unknown {
              field: String! @unknown @unknown
            }

            extend type Test @unknown {
              anotherField: String!
            }
            """);
    }

    [Fact]
    public void Duplicate_directives_in_one_location()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type {
              field @directive @directive
            }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));
    }

    [Fact]
    public void Many_duplicate_directives_in_one_location()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type {
              field @directive @directive @directive
            }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
            Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 31)));
    }

    [Fact]
    public void Different_duplicate_directives_in_one_location()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type {
              field @directiveA @directiveB @directiveA @directiveB
            }
            """,
            Error("The directive \"@directiveA\" can only be used once at this location.", (2, 9), (2, 33)),
            Error("The directive \"@directiveB\" can only be used once at this location.", (2, 21), (2, 45)));
    }

    [Fact]
    public void Duplicate_directives_in_many_locations()
    {
        var schema = SchemaBuilder.Build(
            """
            schema {
              query: QueryRoot
            }

            directive @onField on FIELD

            directive @directive on FIELD | FRAGMENT_DEFINITION

            directive @directiveA on FIELD | FRAGMENT_DEFINITION

            directive @directiveB on FIELD | FRAGMENT_DEFINITION

            directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION

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
            """);
        ExpectErrors(
            UniqueDirectivesPerLocation,
            schema,
            """
            fragment Test on Type @directive @directive {
              field @directive @directive
            }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (1, 23), (1, 34)),
            Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));
    }

    [Fact]
    public void Duplicate_directives_on_SDL_definitions()
    {
        ExpectSdlErrors(
            UniqueDirectivesPerLocationSdl,
            null,
            """
            directive @nonRepeatable on
              SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

            schema @nonRepeatable @nonRepeatable { query: Dummy }

            scalar TestScalar @nonRepeatable @nonRepeatable
            type TestObject @nonRepeatable @nonRepeatable
            interface TestInterface @nonRepeatable @nonRepeatable
            union TestUnion @nonRepeatable @nonRepeatable
            input TestInput @nonRepeatable @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 8), (4, 23)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 19), (6, 34)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 17), (7, 32)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 25), (8, 40)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 17), (9, 32)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 17), (10, 32)));
    }

    [Fact]
    public void Duplicate_directives_on_SDL_extensions()
    {
        ExpectSdlErrors(
            UniqueDirectivesPerLocationSdl,
            null,
            """
            directive @nonRepeatable on
              SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

            extend schema @nonRepeatable @nonRepeatable

            extend scalar TestScalar @nonRepeatable @nonRepeatable
            extend type TestObject @nonRepeatable @nonRepeatable
            extend interface TestInterface @nonRepeatable @nonRepeatable
            extend union TestUnion @nonRepeatable @nonRepeatable
            extend input TestInput @nonRepeatable @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 15), (4, 30)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 26), (6, 41)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 24), (7, 39)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 32), (8, 47)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 24), (9, 39)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 24), (10, 39)));
    }

    [Fact]
    public void Duplicate_directives_between_SDL_definitions_and_extensions()
    {
        ExpectSdlErrors(
            UniqueDirectivesPerLocationSdl,
            null,
            """
            directive @nonRepeatable on SCHEMA

            schema @nonRepeatable { query: Dummy }
            extend schema @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 8), (4, 15)));
    }

    [Fact]
    public void Duplicate_directives_between_SDL_definitions_and_extensions_2()
    {
        ExpectSdlErrors(
            UniqueDirectivesPerLocationSdl,
            null,
            """
            directive @nonRepeatable on SCALAR

            scalar TestScalar @nonRepeatable
            extend scalar TestScalar @nonRepeatable
            scalar TestScalar @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 19), (4, 26)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 19), (5, 19)));
    }

    [Fact]
    public void Duplicate_directives_between_SDL_definitions_and_extensions_3()
    {
        ExpectSdlErrors(
            UniqueDirectivesPerLocationSdl,
            null,
            """
            directive @nonRepeatable on OBJECT

            extend type TestObject @nonRepeatable
            type TestObject @nonRepeatable
            extend type TestObject @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 24), (4, 17)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 24), (5, 24)));
    }
}
