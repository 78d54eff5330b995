using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>
    /// Finds input objects no finite value can satisfy: every value would need a non-null field (or, for a
    /// <c>@oneOf</c> type, its only possible fields) of an input object type that again needs one, forever.
    /// A type has a finite value when it has no such required reference (a oneOf type: some field without one),
    /// or when the types it depends on have finite values; what is left over lies on a cycle and is reported.
    /// </summary>
    private sealed class FiniteValueDetector(Context context)
    {
        private readonly Dictionary<InputObjectType, State> _states = [];
        private readonly List<State> _order = [];

        public void Add(InputObjectType inputObject)
        {
            var state = new State(inputObject);
            _states[inputObject] = state;
            _order.Add(state);
        }

        public void ReportNonFiniteInputObjects()
        {
            var resolved = new Stack<State>();
            foreach (var state in _order)
            {
                var inputObject = state.Type;
                foreach (var field in inputObject.Fields.Values)
                {
                    if (FiniteValueTarget(inputObject, field.Type) is not { } target)
                    {
                        continue;
                    }

                    state.Targets.Add((field, target));
                    if (_states.TryGetValue(target, out var targetState))
                    {
                        targetState.Dependents.Add(state);
                    }
                }

                if (inputObject.IsOneOf)
                {
                    if (inputObject.Fields.Count == 0 || state.Targets.Count < inputObject.Fields.Count)
                    {
                        MarkFinite(state, resolved);
                    }
                }
                else
                {
                    state.UnresolvedTargets = state.Targets.Count;
                    if (state.Targets.Count == 0)
                    {
                        MarkFinite(state, resolved);
                    }
                }
            }

            while (resolved.TryPop(out var finite))
            {
                foreach (var dependent in finite.Dependents)
                {
                    if (dependent.HasFiniteValue)
                    {
                        continue;
                    }

                    if (dependent.Type.IsOneOf || --dependent.UnresolvedTargets == 0)
                    {
                        MarkFinite(dependent, resolved);
                    }
                }
            }

            var visited = new HashSet<InputObjectType>();
            foreach (var state in _order)
            {
                if (!state.HasFiniteValue)
                {
                    ReportCycles(state, visited);
                }
            }
        }

        private static InputObjectType? FiniteValueTarget(InputObjectType inputObject, GraphQLType fieldType) =>
            inputObject.IsOneOf
                ? fieldType as InputObjectType
                : (fieldType as NonNullType)?.OfType as InputObjectType;

        private static void MarkFinite(State state, Stack<State> resolved)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                resolved.Push(state);
            }
        }

        /// <summary>Depth-first walk over references to non-finite types, reporting each cycle it closes.</summary>
        private void ReportCycles(State root, HashSet<InputObjectType> visited)
        {
            if (!visited.Add(root.Type))
            {
                return;
            }

            var path = new List<(string Field, SyntaxNode? Node)>();
            var pathIndexByType = new Dictionary<InputObjectType, int> { [root.Type] = 0 };
            var frames = new List<(State State, int Next)> { (root, 0) };
            while (frames.Count > 0)
            {
                var (state, next) = frames[^1];
                if (next == state.Targets.Count)
                {
                    pathIndexByType.Remove(state.Type);
                    frames.RemoveAt(frames.Count - 1);
                    if (frames.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
                }

                frames[^1] = (state, next + 1);
                var (field, target) = state.Targets[next];
                if (!_states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                path.Add(($"{state.Type.Name}.{field.Name}", field.AstNode));
                if (pathIndexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.GetRange(cycleIndex, path.Count - cycleIndex);
                    context.Report(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: " +
                        string.Join(", ", cycle.Select(p => p.Field)) + ".",
                        cycle.Select(p => p.Node));
                }
                else if (visited.Add(target))
                {
                    pathIndexByType[target] = path.Count;
                    frames.Add((targetState, 0));
                    continue;
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        private sealed class State(InputObjectType type)
        {
            public InputObjectType Type { get; } = type;

            public List<(InputValueDefinition Field, InputObjectType Target)> Targets { get; } = [];

            public List<State> Dependents { get; } = [];

            public int UnresolvedTargets { get; set; }

            public bool HasFiniteValue { get; set; }
        }
    }
}
