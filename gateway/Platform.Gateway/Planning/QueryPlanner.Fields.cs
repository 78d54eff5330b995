using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Planning;

public sealed partial class QueryPlanner
{
    /// <summary>
    /// Plans the fields selected on objects of <paramref name="type"/> found at <paramref name="path"/>, which
    /// <paramref name="fetch"/> returns into <paramref name="level"/>.
    /// </summary>
    /// <param name="positionType">The type's name when the position is abstract (objects there carry <c>__typename</c>).</param>
    private void PlanFields(
        PlanningContext context,
        FetchBuilder fetch,
        SelectionTree level,
        ObjectType type,
        IReadOnlyList<PathSegment> path,
        IReadOnlyList<FieldOccurrence> fields,
        ProvidedFields provided,
        bool requiresSatisfied,
        string? positionType,
        bool asInterfaceObject = false)
    {
        // An entity fetch typed as an interface reaches the module's interface object.
        asInterfaceObject |= requiresSatisfied && fetch.EntityType is { } entityType && entityType != type.Name;
        foreach (var occurrence in fields)
        {
            var name = occurrence.Field.Name.Value;
            if (name == "__typename")
            {
                level.Within(occurrence.Conditions).AddField(occurrence.Field);
                continue;
            }

            if (!type.Fields.TryGetValue(name, out var definition))
            {
                throw Unplannable($"Type {type.Name} has no field {name}.");
            }

            if (!_capabilities.CanResolve(fetch.Subgraph, type.Name, name, provided, requiresSatisfied, asInterfaceObject))
            {
                Jump(context, fetch, level, type, path, occurrence, positionType);
                continue;
            }

            var entry = level.Within(occurrence.Conditions).AddField(occurrence.Field);
            if (definition.Type.NamedType is ICompositeType and NamedType childType)
            {
                var source = _capabilities.Source(type.Name, name, fetch.Subgraph);
                var childPath = Append(path, occurrence.Field.ResponseKey, positionType);
                var childProvided = provided.Below(name, source?.Provides?.SelectionSet);
                PlanChild(context, fetch, entry.ChildTree(), childType, childPath, [occurrence], childProvided);
            }
        }
    }

    private void PlanChild(
        PlanningContext context,
        FetchBuilder fetch,
        SelectionTree tree,
        NamedType childType,
        IReadOnlyList<PathSegment> path,
        IReadOnlyList<FieldOccurrence> parents,
        IReadOnlyList<SelectionSetNode> provided)
    {
        if (childType is ObjectType objectType)
        {
            var fields = context.Collector.Collect(objectType, parents);
            var providedHere = new ProvidedFields(context.Collector.Collect(objectType, provided));
            PlanFields(context, fetch, tree, objectType, path, fields, providedHere, requiresSatisfied: false, positionType: null);
            return;
        }

        if (childType is InterfaceType interfaceType && _capabilities.IsInterfaceObject(interfaceType.Name, fetch.Subgraph))
        {
            PlanInterfaceObject(context, fetch, tree, interfaceType, path, parents, provided);
            return;
        }

        tree.AddInjected("__typename");
        foreach (var possibleType in _capabilities.PossibleTypes(childType, fetch.Subgraph))
        {
            var fields = context.Collector.Collect(possibleType, parents);
            if (fields.All(f => f.Field.Name.Value == "__typename"))
            {
                continue;
            }

            var providedHere = new ProvidedFields(context.Collector.Collect(possibleType, provided));
            PlanFields(context, fetch, tree.Fragment(possibleType.Name), possibleType, path, fields, providedHere, requiresSatisfied: false, positionType: possibleType.Name);
        }
    }

    /// <summary>
    /// Moves a field the current subgraph cannot resolve to an <c>_entities</c> fetch of a subgraph that can: the
    /// parent fetch selects the key and <c>__typename</c>; fields the target <c>@requires</c> are planned from the
    /// parent's level first, and the entity fetch waits for every fetch that plan used.
    /// </summary>
    private void Jump(
        PlanningContext context, FetchBuilder fetch, SelectionTree level, ObjectType type, IReadOnlyList<PathSegment> path, FieldOccurrence occurrence, string? positionType)
    {
        var name = occurrence.Field.Name.Value;
        using var nesting = context.EnterJump(type.Name, name);
        var (subgraph, key, entityType) = ChooseTarget(context, fetch, type, path, name);
        var entity = context.EntityFetch(path, entityType, subgraph, avoid: fetch);
        entity.AcceptedTypes.Add(type.Name);
        entity.DependsOn.Add(fetch);
        level.AddInjected("__typename");
        entity.AddRepresentation(InjectKey(level, type, key.Fields.SelectionSet));

        if (_capabilities.Source(type.Name, name, subgraph)?.Requires is { } requires)
        {
            var required = context.Collector.Collect(type, [requires.SelectionSet]);
            var used = context.Watch(() =>
                PlanFields(context, fetch, level, type, path, required, ProvidedFields.None, requiresSatisfied: false, positionType));
            used.Remove(entity);
            entity.DependsOn.UnionWith(used);
            entity.AddRepresentation(ShapeOf(level, requires.SelectionSet));
        }

        PlanFields(context, entity, entity.Selection, type, path, [occurrence], ProvidedFields.None, requiresSatisfied: true, positionType);
    }

    private (string Subgraph, EntityKey Key, string EntityType) ChooseTarget(
        PlanningContext context, FetchBuilder fetch, ObjectType type, IReadOnlyList<PathSegment> path, string fieldName)
    {
        var resolvers = _capabilities.Resolvers(type.Name, fieldName).ToList();
        var alreadyUsed = context.EntitySubgraphsAt(path, type.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var subgraph in resolvers.OrderBy(s => alreadyUsed.Contains(s) ? 0 : 1))
        {
            var interfaceOnly = _capabilities.Source(type.Name, fieldName, subgraph)?.ViaInterfaceObject == true;
            if (_capabilities.UsableKey(type.Name, subgraph, fetch.Subgraph, interfaceOnly) is var (key, entityType))
            {
                return (subgraph, key, entityType);
            }
        }

        throw Unplannable(resolvers.Count == 0
            ? $"No subgraph resolves {type.Name}.{fieldName}."
            : $"Cannot plan {type.Name}.{fieldName}: subgraph '{fetch.Subgraph}' cannot select a key of {type.Name} that {string.Join(", ", resolvers.Select(r => $"'{r}'"))} resolves.");
    }

    /// <summary>Selects a key's fields in the parent fetch and says where the representation reads them.</summary>
    private List<RepresentationField> InjectKey(SelectionTree level, IComplexOutputType type, SelectionSetNode keyFields)
    {
        var shape = new List<RepresentationField>();
        foreach (var field in keyFields.Selections.OfType<FieldNode>())
        {
            var entry = level.AddInjected(field.Name.Value);
            var children = new List<RepresentationField>();
            if (field.SelectionSet is { } nested && type.Fields.TryGetValue(field.Name.Value, out var definition))
            {
                var tree = entry.ChildTree();
                if (definition.Type.NamedType is IComplexOutputType child)
                {
                    children = InjectKey(tree, child, nested);
                }
                else
                {
                    tree.AddInjected("__typename");
                }
            }

            shape.Add(new RepresentationField(field.Name.Value, entry.ResponseKey, children));
        }

        return shape;
    }

    /// <summary>The representation shape of required fields planned at <paramref name="level"/> (read by their own names).</summary>
    private static List<RepresentationField> ShapeOf(SelectionTree level, SelectionSetNode fields)
    {
        var shape = new List<RepresentationField>();
        foreach (var selection in fields.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var children = field.SelectionSet is { } nested ? ShapeOf(level, nested) : [];
                    shape.Add(new RepresentationField(field.Name.Value, field.ResponseKey, children));
                    break;
                case InlineFragmentNode inline:
                    shape.AddRange(ShapeOf(level, inline.SelectionSet));
                    break;
            }
        }

        return shape;
    }

    private static IReadOnlyList<PathSegment> Append(IReadOnlyList<PathSegment> path, string responseKey, string? parentType) =>
        [.. path, new PathSegment(responseKey, parentType)];
}
