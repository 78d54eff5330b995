using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

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

        var validator = new DefaultLiteralValidator();
        validator.Validate(literal, inputValue.Type);
        foreach (var (error, path) in validator.Errors)
        {
            context.Report(
                $"{coordinate} has invalid default value{PrintPath(path)}: {error.Message}",
                error.Nodes.Count > 0 ? error.Nodes : (IEnumerable<SyntaxNode?>)[inputValue.AstNode?.DefaultValue]);
        }
    }

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

    /// <summary>A literal without variables checked against an input type; errors carry the path they were found at.</summary>
    private sealed class DefaultLiteralValidator
    {
        private readonly List<object> _path = [];

        public List<(GraphQLError Error, object[] Path)> Errors { get; } = [];

        public void Validate(ValueNode literal, GraphQLType type)
        {
            if (literal is VariableNode)
            {
                return;
            }

            if (type is NonNullType nonNull)
            {
                if (literal is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", literal);
                    return;
                }

                type = nonNull.OfType;
            }

            switch (type)
            {
                case var _ when literal is NullValueNode:
                    return;
                case ListType list when literal is ListValueNode items:
                    for (var i = 0; i < items.Values.Count; i++)
                    {
                        _path.Add(i);
                        Validate(items.Values[i], list.OfType);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    return;
                case ListType list:
                    Validate(literal, list.OfType);
                    return;
                case InputObjectType inputObject:
                    ValidateObject(literal, inputObject);
                    return;
                case EnumType enumType:
                    ValidateEnum(literal, enumType);
                    return;
                case ScalarType scalar:
                    ValidateScalar(literal, scalar);
                    return;
            }
        }

        private void ValidateObject(ValueNode literal, InputObjectType type)
        {
            if (literal is not ObjectValueNode objectValue)
            {
                Report($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}.", literal);
                return;
            }

            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var fieldNode in objectValue.Fields)
            {
                fieldNodes[fieldNode.Name.Value] = fieldNode;
            }

            foreach (var field in type.Fields.Values)
            {
                if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
                {
                    if (IsRequired(field))
                    {
                        Report(
                            $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.",
                            literal);
                    }

                    continue;
                }

                _path.Add(field.Name);
                Validate(fieldNode.Value, field.Type);
                _path.RemoveAt(_path.Count - 1);
            }

            var knownFields = new List<ObjectFieldNode>();
            foreach (var fieldNode in objectValue.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.Fields.ContainsKey(name))
                {
                    knownFields.Add(fieldNode);
                    continue;
                }

                var suggestion = Suggestions.DidYouMean(Suggestions.SuggestionList(name, type.Fields.Keys));
                Report(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"" +
                    (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Printer.Print(literal)}.",
                    fieldNode);
            }

            if (type.IsOneOf)
            {
                var message = $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
                if (knownFields.Count != 1)
                {
                    Report(message, literal);
                }
                else if (knownFields[0].Value is NullValueNode)
                {
                    _path.Add(knownFields[0].Name.Value);
                    Report(message, literal);
                    _path.RemoveAt(_path.Count - 1);
                }
            }
        }

        private void ValidateEnum(ValueNode literal, EnumType type)
        {
            if (literal is not EnumValueNode enumValue)
            {
                var printed = Printer.Print(literal);
                Report($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{DidYouMeanEnumValue(type, printed)}", literal);
            }
            else if (!type.Values.ContainsKey(enumValue.Value))
            {
                var printed = Printer.Print(literal);
                Report($"Value \"{printed}\" does not exist in \"{type.Name}\" enum.{DidYouMeanEnumValue(type, printed)}", literal);
            }
        }

        private static string DidYouMeanEnumValue(EnumType type, string unknownValue) =>
            Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(unknownValue, type.Values.Keys));

        private void ValidateScalar(ValueNode literal, ScalarType type)
        {
            try
            {
                type.ParseLiteral(literal, null);
            }
            catch (GraphQLError error)
            {
                Errors.Add((error, _path.ToArray()));
            }
            catch (Exception exception)
            {
                var message = string.IsNullOrEmpty(exception.Message) ? exception.GetType().Name : exception.Message;
                Report(
                    $"Expected value of type \"{type.Name}\", but encountered error \"{message}\"; found: {Printer.Print(literal)}.",
                    literal);
            }
        }

        private void Report(string message, SyntaxNode node) => Errors.Add((new GraphQLError(message, [node]), _path.ToArray()));
    }
}
