using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>
    /// Finds input object fields whose default value, once its own omitted fields take their defaults,
    /// would contain itself again — a default that can never be fully expanded. A depth-first walk with an
    /// explicit stack, so long chains of defaults cannot exhaust the call stack.
    /// </summary>
    private sealed class DefaultValueCycleDetector(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Field, SyntaxNode? Node)> _fieldPath = [];

        // Position in _fieldPath plus one, as graphql-js records it (the length after the push).
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);
        private readonly Stack<Step> _steps = new();

        private enum StepKind
        {
            Literal,
            Object,
            FieldDefault,
            LeaveFieldDefault,
        }

        /// <summary>Checks the type as if given an empty object: every input object field falls back to its default.</summary>
        public void Check(InputObjectType inputObject)
        {
            _steps.Push(new Step(StepKind.Object, inputObject, null, null));
            while (_steps.TryPop(out var step))
            {
                switch (step.Kind)
                {
                    case StepKind.Literal:
                        VisitLiteral(step.Type, step.Literal!);
                        break;
                    case StepKind.Object:
                        VisitObject(step.Type, (ObjectValueNode?)step.Literal);
                        break;
                    case StepKind.FieldDefault:
                        VisitFieldDefault(step.Field!, step.Type);
                        break;
                    case StepKind.LeaveFieldDefault:
                        _fieldPathIndex.Remove(_fieldPath[^1].Field);
                        _fieldPath.RemoveAt(_fieldPath.Count - 1);
                        break;
                }
            }
        }

        private void VisitLiteral(InputObjectType type, ValueNode literal)
        {
            switch (literal)
            {
                case ListValueNode list:
                    for (var i = list.Values.Count - 1; i >= 0; i--)
                    {
                        _steps.Push(new Step(StepKind.Literal, type, list.Values[i], null));
                    }

                    break;
                case ObjectValueNode objectValue:
                    _steps.Push(new Step(StepKind.Object, type, objectValue, null));
                    break;
            }
        }

        private void VisitObject(InputObjectType type, ObjectValueNode? objectValue)
        {
            for (var i = type.Fields.Count - 1; i >= 0; i--)
            {
                var field = type.Fields.GetAt(i).Value;
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }

                _steps.Push(objectValue is not null && LastFieldNamed(objectValue, field.Name) is { } given
                    ? new Step(StepKind.Literal, fieldType, given.Value, null)
                    : new Step(StepKind.FieldDefault, fieldType, null, new FieldOf(type, field)));
            }
        }

        private void VisitFieldDefault(FieldOf field, InputObjectType fieldType)
        {
            if (field.Definition.DefaultValueLiteral is not { } defaultLiteral)
            {
                return;
            }

            var fieldName = $"{field.Owner.Name}.{field.Definition.Name}";
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

            _fieldPath.Add((fieldName, field.Definition.AstNode?.DefaultValue));
            _fieldPathIndex[fieldName] = _fieldPath.Count;
            _steps.Push(new Step(StepKind.LeaveFieldDefault, fieldType, null, null));
            _steps.Push(new Step(StepKind.Literal, fieldType, defaultLiteral, null));
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

        private sealed record FieldOf(InputObjectType Owner, InputValueDefinition Definition);

        private readonly record struct Step(StepKind Kind, InputObjectType Type, ValueNode? Literal, FieldOf? Field);
    }
}
