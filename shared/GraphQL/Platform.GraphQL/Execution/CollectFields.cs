using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Spec §6.3.2 CollectFields: the fields a selection set selects on an object type, grouped by response key in
/// order, honouring <c>@skip</c>/<c>@include</c>, fragment type conditions and each fragment spread once.
/// </summary>
internal static class CollectFields
{
    private static readonly InputValueDefinition ConditionArgument = new("if", new NonNullType(BuiltInScalars.Boolean));

    public static CollectedFields Collect(OperationExecutor execution, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var collector = new Collector(execution, runtimeType);
        collector.Visit(selectionSet);
        return collector.Finish();
    }

    /// <summary>The root field groups in order, including those the type does not define (their definition is null).</summary>
    public static IReadOnlyList<FieldGroup> CollectAll(OperationExecutor execution, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var collector = new Collector(execution, runtimeType);
        collector.Visit(selectionSet);
        return collector.FinishAll();
    }

    /// <summary>The sub-selections of a field group on the object type its value completed as (memoized on the group).</summary>
    public static CollectedFields CollectSubfields(OperationExecutor execution, ObjectType returnType, FieldGroup group)
    {
        if (group.GetSubfields(returnType) is { } cached)
        {
            return cached;
        }

        var collector = new Collector(execution, returnType);
        foreach (var node in group.Nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                collector.Visit(selectionSet);
            }
        }

        var collected = collector.Finish();
        group.SetSubfields(returnType, collected);
        return collected;
    }

    private sealed class Collector(OperationExecutor execution, ObjectType runtimeType)
    {
        private readonly List<FieldGroup> _groups = [];
        private Dictionary<string, FieldGroup>? _byKey;
        private HashSet<string>? _visitedFragments;

        public void Visit(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (selection.Directives.Count > 0 && !ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        AddField(field);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || ConditionMatches(inline.TypeCondition))
                        {
                            Visit(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!execution.Fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition))
                        {
                            continue;
                        }

                        if ((_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            Visit(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        public CollectedFields Finish()
        {
            var groups = new List<FieldGroup>(_groups.Count);
            foreach (var group in _groups)
            {
                if (ResolveDefinition(group))
                {
                    groups.Add(group);
                }
            }

            return new CollectedFields(groups.ToArray());
        }

        public IReadOnlyList<FieldGroup> FinishAll()
        {
            foreach (var group in _groups)
            {
                ResolveDefinition(group);
            }

            return _groups;
        }

        private void AddField(FieldNode field)
        {
            var key = field.ResponseKey;
            if (_byKey is not null)
            {
                if (_byKey.TryGetValue(key, out var existing))
                {
                    existing.Nodes.Add(field);
                    return;
                }
            }
            else
            {
                foreach (var group in _groups)
                {
                    if (group.ResponseKey == key)
                    {
                        group.Nodes.Add(field);
                        return;
                    }
                }
            }

            var added = new FieldGroup(key, field);
            _groups.Add(added);
            if (_byKey is not null)
            {
                _byKey[key] = added;
            }
            else if (_groups.Count > 8)
            {
                _byKey = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
                foreach (var group in _groups)
                {
                    _byKey[group.ResponseKey] = group;
                }
            }
        }

        // graphql-js schema.getField: meta fields first, then the type's own fields. A field the type lacks is skipped.
        private bool ResolveDefinition(FieldGroup group)
        {
            var name = group.FirstNode.Name.Value;
            var isQueryType = ReferenceEquals(runtimeType, execution.Schema.QueryType);
            FieldDefinition? definition = name switch
            {
                "__typename" => IntrospectionTypes.TypeNameMetaField,
                "__schema" => isQueryType ? IntrospectionTypes.SchemaMetaField : null,
                "__type" => isQueryType ? IntrospectionTypes.TypeMetaField : null,
                _ => runtimeType.Fields.GetValueOrDefault(name),
            };
            if (definition is null)
            {
                return false;
            }

            group.Definition = definition;
            group.ArgumentOwnerType = name.StartsWith("__", StringComparison.Ordinal) ? "<meta>" : runtimeType.Name;
            return true;
        }

        private bool ConditionMatches(NamedTypeNode typeCondition)
        {
            var conditionType = execution.Schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionType, runtimeType))
            {
                return true;
            }

            return conditionType is IAbstractType && execution.Schema.IsSubType(conditionType, runtimeType);
        }

        private bool ShouldInclude(SelectionNode node)
        {
            DirectiveNode? skip = null;
            DirectiveNode? include = null;
            foreach (var directive in node.Directives)
            {
                switch (directive.Name.Value)
                {
                    case "skip":
                        skip ??= directive;
                        break;
                    case "include":
                        include ??= directive;
                        break;
                }
            }

            return !(skip is not null && Condition(skip)) && !(include is not null && !Condition(include));
        }

        private bool Condition(DirectiveNode directive)
        {
            var values = new Dictionary<string, object?>(1, StringComparer.Ordinal);
            ArgumentNode? argument = null;
            foreach (var candidate in directive.Arguments)
            {
                if (candidate.Name.Value == "if")
                {
                    argument = candidate;
                }
            }

            ArgumentValues.CoerceOne(values, ConditionArgument, new ArgumentOwner(null, directive.Name.Value), argument, directive, execution.VariableValues, execution.HideSuggestions);
            return values.TryGetValue("if", out var value) && value is true;
        }
    }
}
