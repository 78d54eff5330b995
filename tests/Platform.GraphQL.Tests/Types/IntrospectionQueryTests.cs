using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Expected texts are graphql-js 17.1.0 <c>getIntrospectionQuery</c> output.</summary>
public class IntrospectionQueryTests
{
    [Fact]
    public void DefaultOptionsMatchGraphQLJs()
    {
        Assert.Equal(Default, IntrospectionQuery.Build());
        Assert.Equal(Default, IntrospectionQuery.Build(new IntrospectionQueryOptions()));
    }

    [Fact]
    public void EveryOptionOnWithTypeDepthTwoMatchesGraphQLJs()
    {
        var options = new IntrospectionQueryOptions(
            Descriptions: true,
            SpecifiedByUrl: true,
            DirectiveIsRepeatable: true,
            SchemaDescription: true,
            InputValueDeprecation: true,
            OneOf: true,
            ExperimentalDirectiveDeprecation: true,
            TypeDepth: 2);

        Assert.Equal(AllOptionsTypeDepth2, IntrospectionQuery.Build(options));
    }

    [Fact]
    public void SchemaDescriptionNeedsDescriptionsAndTypeDepthZeroOmitsOfType()
    {
        var options = new IntrospectionQueryOptions(Descriptions: false, SchemaDescription: true, TypeDepth: 0);

        Assert.Equal(NoDescriptionsTypeDepth0, IntrospectionQuery.Build(options));
    }

    [Fact]
    public void NegativeTypeDepthIsLikeZero()
    {
        var options = new IntrospectionQueryOptions(Descriptions: false, SchemaDescription: true, TypeDepth: -3);

        Assert.Equal(NoDescriptionsTypeDepth0, IntrospectionQuery.Build(options));
    }

    [Fact]
    public void DefaultQueryNestsOfTypeNineLevels()
    {
        var query = IntrospectionQuery.Build();

        Assert.Equal(9, query.Split("ofType {").Length - 1);
        Assert.Contains("\n                        kind\n                      }\n", query);
    }

    [Fact]
    public void TypeDepthAboveOneHundredIsRejectedWithGraphQLJsMessage()
    {
        Assert.Equal(100, IntrospectionQuery.Build(new IntrospectionQueryOptions(TypeDepth: 100)).Split("ofType {").Length - 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Build(new IntrospectionQueryOptions(TypeDepth: 101)));
        Assert.StartsWith("Please set typeDepth to a reasonable value between 0 and 100; the default is 9.", error.Message);
    }

    [Fact]
    public void DefaultQueryParses()
    {
        var document = Platform.GraphQL.Language.Parser.Parse(IntrospectionQuery.Build(new IntrospectionQueryOptions(
            SpecifiedByUrl: true, DirectiveIsRepeatable: true, SchemaDescription: true, InputValueDeprecation: true, OneOf: true)));

        Assert.Equal(4, document.Definitions.Count);
    }

    private const string Default =
        "\n" +
        "    query IntrospectionQuery {\n" +
        "      __schema {\n" +
        "        \n" +
        "        queryType { name kind }\n" +
        "        mutationType { name kind }\n" +
        "        subscriptionType { name kind }\n" +
        "        types {\n" +
        "          ...FullType\n" +
        "        }\n" +
        "        directives {\n" +
        "          name\n" +
        "          description\n" +
        "          \n" +
        "          \n" +
        "          \n" +
        "          locations\n" +
        "          args {\n" +
        "            ...InputValue\n" +
        "          }\n" +
        "        }\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment FullType on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "      description\n" +
        "      \n" +
        "      \n" +
        "      fields(includeDeprecated: true) {\n" +
        "        name\n" +
        "        description\n" +
        "        args {\n" +
        "          ...InputValue\n" +
        "        }\n" +
        "        type {\n" +
        "          ...TypeRef\n" +
        "        }\n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      inputFields {\n" +
        "        ...InputValue\n" +
        "      }\n" +
        "      interfaces {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "      enumValues(includeDeprecated: true) {\n" +
        "        name\n" +
        "        description\n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      possibleTypes {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment InputValue on __InputValue {\n" +
        "      name\n" +
        "      description\n" +
        "      type { ...TypeRef }\n" +
        "      defaultValue\n" +
        "      \n" +
        "      \n" +
        "    }\n" +
        "\n" +
        "    fragment TypeRef on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "      ofType {\n" +
        "        name\n" +
        "        kind\n" +
        "        ofType {\n" +
        "          name\n" +
        "          kind\n" +
        "          ofType {\n" +
        "            name\n" +
        "            kind\n" +
        "            ofType {\n" +
        "              name\n" +
        "              kind\n" +
        "              ofType {\n" +
        "                name\n" +
        "                kind\n" +
        "                ofType {\n" +
        "                  name\n" +
        "                  kind\n" +
        "                  ofType {\n" +
        "                    name\n" +
        "                    kind\n" +
        "                    ofType {\n" +
        "                      name\n" +
        "                      kind\n" +
        "                      ofType {\n" +
        "                        name\n" +
        "                        kind\n" +
        "                      }\n" +
        "                    }\n" +
        "                  }\n" +
        "                }\n" +
        "              }\n" +
        "            }\n" +
        "          }\n" +
        "        }\n" +
        "      }\n" +
        "    }\n" +
        "  ";

    private const string AllOptionsTypeDepth2 =
        "\n" +
        "    query IntrospectionQuery {\n" +
        "      __schema {\n" +
        "        description\n" +
        "        queryType { name kind }\n" +
        "        mutationType { name kind }\n" +
        "        subscriptionType { name kind }\n" +
        "        types {\n" +
        "          ...FullType\n" +
        "        }\n" +
        "        directives(includeDeprecated: true) {\n" +
        "          name\n" +
        "          description\n" +
        "          isRepeatable\n" +
        "          isDeprecated\n" +
        "          deprecationReason\n" +
        "          locations\n" +
        "          args(includeDeprecated: true) {\n" +
        "            ...InputValue\n" +
        "          }\n" +
        "        }\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment FullType on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "      description\n" +
        "      specifiedByURL\n" +
        "      isOneOf\n" +
        "      fields(includeDeprecated: true) {\n" +
        "        name\n" +
        "        description\n" +
        "        args(includeDeprecated: true) {\n" +
        "          ...InputValue\n" +
        "        }\n" +
        "        type {\n" +
        "          ...TypeRef\n" +
        "        }\n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      inputFields(includeDeprecated: true) {\n" +
        "        ...InputValue\n" +
        "      }\n" +
        "      interfaces {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "      enumValues(includeDeprecated: true) {\n" +
        "        name\n" +
        "        description\n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      possibleTypes {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment InputValue on __InputValue {\n" +
        "      name\n" +
        "      description\n" +
        "      type { ...TypeRef }\n" +
        "      defaultValue\n" +
        "      isDeprecated\n" +
        "      deprecationReason\n" +
        "    }\n" +
        "\n" +
        "    fragment TypeRef on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "      ofType {\n" +
        "        name\n" +
        "        kind\n" +
        "        ofType {\n" +
        "          name\n" +
        "          kind\n" +
        "        }\n" +
        "      }\n" +
        "    }\n" +
        "  ";

    private const string NoDescriptionsTypeDepth0 =
        "\n" +
        "    query IntrospectionQuery {\n" +
        "      __schema {\n" +
        "        \n" +
        "        queryType { name kind }\n" +
        "        mutationType { name kind }\n" +
        "        subscriptionType { name kind }\n" +
        "        types {\n" +
        "          ...FullType\n" +
        "        }\n" +
        "        directives {\n" +
        "          name\n" +
        "          \n" +
        "          \n" +
        "          \n" +
        "          \n" +
        "          locations\n" +
        "          args {\n" +
        "            ...InputValue\n" +
        "          }\n" +
        "        }\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment FullType on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "      \n" +
        "      \n" +
        "      \n" +
        "      fields(includeDeprecated: true) {\n" +
        "        name\n" +
        "        \n" +
        "        args {\n" +
        "          ...InputValue\n" +
        "        }\n" +
        "        type {\n" +
        "          ...TypeRef\n" +
        "        }\n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      inputFields {\n" +
        "        ...InputValue\n" +
        "      }\n" +
        "      interfaces {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "      enumValues(includeDeprecated: true) {\n" +
        "        name\n" +
        "        \n" +
        "        isDeprecated\n" +
        "        deprecationReason\n" +
        "      }\n" +
        "      possibleTypes {\n" +
        "        ...TypeRef\n" +
        "      }\n" +
        "    }\n" +
        "\n" +
        "    fragment InputValue on __InputValue {\n" +
        "      name\n" +
        "      \n" +
        "      type { ...TypeRef }\n" +
        "      defaultValue\n" +
        "      \n" +
        "      \n" +
        "    }\n" +
        "\n" +
        "    fragment TypeRef on __Type {\n" +
        "      kind\n" +
        "      name\n" +
        "    }\n" +
        "  ";
}
