using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Planning;

public sealed partial class QueryPlanner
{
    /// <summary>
    /// An interface the current module declares as an <c>@interfaceObject</c>: its objects come back typed as the
    /// interface. The module answers the fields it has; an <c>_entities</c> fetch to a module where the interface is an
    /// entity resolves each object to its real type (its <c>__typename</c> replaces the interface's) and answers the
    /// rest per possible type, jumping further from there as usual.
    /// </summary>
    private void PlanInterfaceObject(
        PlanningContext context,
        FetchBuilder fetch,
        SelectionTree tree,
        InterfaceType type,
        IReadOnlyList<PathSegment> path,
        IReadOnlyList<FieldOccurrence> parents,
        IReadOnlyList<SelectionSetNode> provided)
    {
        tree.AddInjected("__typename");
        var (subgraph, key) = _capabilities.TypeResolver(type.Name, fetch.Subgraph)
            ?? throw Unplannable($"Cannot plan {type.Name} from subgraph '{fetch.Subgraph}': no subgraph resolves the object types of its entities.");
        var resolving = context.EntityFetch(path, type.Name, subgraph, avoid: fetch);
        resolving.AcceptedTypes.Add(type.Name);
        resolving.ResolvesType = true;
        resolving.DependsOn.Add(fetch);
        resolving.AddRepresentation(InjectKey(tree, type, key.Fields.SelectionSet));
        resolving.Selection.AddInjected("__typename");

        foreach (var possibleType in _schema.GetPossibleTypes(type))
        {
            var providedHere = new ProvidedFields(context.Collector.Collect(possibleType, provided));
            var fields = context.Collector.Collect(possibleType, parents).Where(f => f.Field.Name.Value != "__typename").ToList();
            var here = fields
                .Where(f => _capabilities.CanResolve(
                    fetch.Subgraph, possibleType.Name, f.Field.Name.Value, providedHere, requiresSatisfied: false, asInterfaceObject: true))
                .ToList();
            var there = fields.Except(here).ToList();
            if (here.Count > 0)
            {
                PlanFields(context, fetch, tree, possibleType, path, here, providedHere, requiresSatisfied: false, positionType: null, asInterfaceObject: true);
            }

            if (there.Count > 0)
            {
                var branch = resolving.Selection.Fragment(possibleType.Name);
                PlanFields(context, resolving, branch, possibleType, path, there, ProvidedFields.None, requiresSatisfied: false, positionType: possibleType.Name);
            }
        }
    }
}
