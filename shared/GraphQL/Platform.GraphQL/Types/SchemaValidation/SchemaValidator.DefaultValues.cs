using System.Text;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>
    /// Checks an SDL default literal against its type (graphql-js <c>validateDefaultValue</c> with
    /// <c>validateInputLiteral</c> in its static mode). Defaults given in code as internal values are
    /// graphql-js's legacy <c>defaultValue</c>, which it does not validate either.
    /// </summary>
    private static void ValidateDefaultValue(Context context, InputValueDefinition inputValue, string coordinate)
    {
        if (inputValue.DefaultValueLiteral is not { } literal)
        {
            return;
        }

        LiteralValidation.Validate(
            literal,
            inputValue.Type,
            (error, path) => context.Report(
                $"{coordinate} has invalid default value{PrintPath(path)}: {error.Message}",
                error.Nodes.Count > 0 ? error.Nodes : (IEnumerable<SyntaxNode?>)[inputValue.AstNode?.DefaultValue]),
            variables: null);
    }

    /// <summary>graphql-js <c>printPathArray</c>: <c> at .field[0]</c>, or nothing for the value itself.</summary>
    private static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" at ");
        foreach (var key in path)
        {
            _ = key is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append(key);
        }

        return builder.ToString();
    }
}
