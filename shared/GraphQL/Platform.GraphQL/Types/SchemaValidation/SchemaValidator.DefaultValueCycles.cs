using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>
    /// Finds input object fields whose default value, once its own omitted fields take their defaults,
    /// would contain itself again — a default that can never be fully expanded.
    /// </summary>
    private sealed class DefaultValueCycleDetector(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Field, SyntaxNode? Node)> _fieldPath = [];

        // Position in _fieldPath plus one, as graphql-js records it (the length after the push).
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

        /// <summary>Checks the type as if given an empty object: every input object field falls back to its default.</summary>
        public void Check(InputObjectType inputObject) => DetectInObject(inputObject, null);

        private void DetectInLiteral(InputObjectType inputObject, ValueNode literal)
        {
            switch (literal)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        DetectInLiteral(inputObject, item);
                    }

                    break;
                case ObjectValueNode objectValue:
                    DetectInObject(inputObject, objectValue);
                    break;
            }
        }

        private void DetectInObject(InputObjectType inputObject, ObjectValueNode? objectValue)
        {
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }

                if (objectValue is not null && LastFieldNamed(objectValue, field.Name) is { } given)
                {
                    DetectInLiteral(fieldType, given.Value);
                }
                else
                {
                    DetectInFieldDefault(field, fieldType, $"{inputObject.Name}.{field.Name}");
                }
            }
        }

        private void DetectInFieldDefault(InputValueDefinition field, InputObjectType fieldType, string fieldName)
        {
            if (field.DefaultValueLiteral is not { } defaultLiteral)
            {
                return;
            }

            if (_fieldPathIndex.TryGetValue(fieldName, out var cycleIndex))
            {
                var via = cycleIndex < _fieldPath.Count
                    ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.Field))
                    : string.Empty;
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {fieldName} references itself{via}.",
                    _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node));
                return;
            }

            if (!_visitedFields.Add(fieldName))
            {
                return;
            }

            _fieldPath.Add((fieldName, field.AstNode?.DefaultValue));
            _fieldPathIndex[fieldName] = _fieldPath.Count;
            DetectInLiteral(fieldType, defaultLiteral);
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _fieldPathIndex.Remove(fieldName);
        }

        private static ObjectFieldNode? LastFieldNamed(ObjectValueNode objectValue, string name)
        {
            ObjectFieldNode? found = null;
            foreach (var field in objectValue.Fields)
            {
                if (field.Name.Value == name)
                {
                    found = field;
                }
            }

            return found;
        }
    }
}
