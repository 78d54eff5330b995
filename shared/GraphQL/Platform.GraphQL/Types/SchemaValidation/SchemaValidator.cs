using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// graphql-js <c>validateSchema</c> (type/validate.js): every rule a schema must satisfy before it can serve
/// requests, reported as errors with graphql-js's messages and the SDL nodes they concern. Never throws.
/// </summary>
public static partial class SchemaValidator
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<GraphQLError>> Results = new();

    /// <summary>All errors of the schema, in graphql-js's order; empty when valid. Computed once per schema.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) =>
        Results.GetValue(schema, static s =>
        {
            var context = new Context(s);
            ValidateRootTypes(context);
            ValidateDirectives(context);
            ValidateTypes(context);
            return context.Errors;
        });

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes) => Report(message, (IEnumerable<SyntaxNode?>)nodes);

        public void Report(string message, IEnumerable<SyntaxNode?> nodes)
        {
            var present = new List<SyntaxNode>();
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    present.Add(node);
                }
            }

            Errors.Add(new GraphQLError(message, present));
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? astNode)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", astNode);
        }
    }

    private static bool HasDefault(InputValueDefinition inputValue) =>
        inputValue.HasDefaultValue || inputValue.DefaultValueLiteral is not null;

    private static bool IsRequired(InputValueDefinition inputValue) => inputValue.Type is NonNullType && !HasDefault(inputValue);

    private static DirectiveNode? DeprecatedDirective(IHasDirectives? definition)
    {
        if (definition is null)
        {
            return null;
        }

        foreach (var directive in definition.Directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The type's definition followed by its extensions.</summary>
    private static IEnumerable<SyntaxNode?> DefinitionNodes(NamedType type)
    {
        yield return type.AstNode;
        foreach (var extension in type.ExtensionAstNodes)
        {
            yield return extension;
        }
    }
}
