using System.Text;

namespace Platform.GraphQL.Types;

/// <summary>Options of graphql-js <c>getIntrospectionQuery</c>.</summary>
/// <param name="TypeDepth">How many <c>ofType</c> levels <c>TypeRef</c> asks for (graphql-js 17 default 9, at most 100).</param>
public sealed record IntrospectionQueryOptions(
    bool Descriptions = true,
    bool SpecifiedByUrl = false,
    bool DirectiveIsRepeatable = false,
    bool SchemaDescription = false,
    bool InputValueDeprecation = false,
    bool OneOf = false,
    bool ExperimentalDirectiveDeprecation = false,
    int TypeDepth = 9);

/// <summary>The text of graphql-js <c>getIntrospectionQuery</c>, byte for byte.</summary>
public static class IntrospectionQuery
{
    private static readonly IntrospectionQueryOptions Defaults = new();

    /// <exception cref="ArgumentOutOfRangeException"><see cref="IntrospectionQueryOptions.TypeDepth"/> is above 100.</exception>
    public static string Build(IntrospectionQueryOptions? options = null)
    {
        options ??= Defaults;
        if (options.TypeDepth > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        }

        var descriptions = options.Descriptions ? "description" : string.Empty;
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : string.Empty;
        var directiveIsRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : string.Empty;
        var schemaDescription = options.SchemaDescription ? descriptions : string.Empty;
        var oneOf = options.OneOf ? "isOneOf" : string.Empty;
        var includeDeprecatedInputs = options.InputValueDeprecation ? "(includeDeprecated: true)" : string.Empty;
        var inputIsDeprecated = options.InputValueDeprecation ? "isDeprecated" : string.Empty;
        var inputDeprecationReason = options.InputValueDeprecation ? "deprecationReason" : string.Empty;
        var directiveDeprecation = options.ExperimentalDirectiveDeprecation;
        var includeDeprecatedDirectives = directiveDeprecation ? "(includeDeprecated: true)" : string.Empty;
        var directiveIsDeprecated = directiveDeprecation ? "isDeprecated" : string.Empty;
        var directiveDeprecationReason = directiveDeprecation ? "deprecationReason" : string.Empty;
        var ofType = OfType(options.TypeDepth);

        return $$"""

                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives{{includeDeprecatedDirectives}} {
                      name
                      {{descriptions}}
                      {{directiveIsRepeatable}}
                      {{directiveIsDeprecated}}
                      {{directiveDeprecationReason}}
                      locations
                      args{{includeDeprecatedInputs}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{includeDeprecatedInputs}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{includeDeprecatedInputs}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{inputIsDeprecated}}
                  {{inputDeprecationReason}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{ofType}}
                }
            """ + "\n  ";
    }

    /// <summary>The nested <c>ofType { name kind … }</c> selections, <paramref name="levels"/> deep.</summary>
    private static string OfType(int levels)
    {
        var builder = new StringBuilder();
        var indent = "      ";
        for (var level = 0; level < levels; level++)
        {
            builder.Append('\n').Append(indent).Append("ofType {\n")
                .Append(indent).Append("  name\n")
                .Append(indent).Append("  kind");
            indent += "  ";
        }

        for (var level = levels - 1; level >= 0; level--)
        {
            builder.Append('\n').Append(' ', 6 + (2 * level)).Append('}');
        }

        return builder.ToString();
    }
}
