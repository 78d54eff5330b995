using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private const string StreamDiscussion = ". See https://github.com/graphql/defer-stream-wg/discussions/100";

    /// <summary>Why two fields with one response name cannot be merged, or null when they can.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both be selected for one object,
        // so only their response shapes have to agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

        SpendComplexity(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        var comparison = GetComparison(field1, field2);
        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields", node1, node2);
            }

            comparison.SameArguments ??= SameArguments(node1.Arguments, node2.Arguments);
            if (comparison.SameArguments == false)
            {
                return new Conflict(responseName, "they have differing arguments", node1, node2);
            }
        }

        if (field1.StreamDirective is not null || field2.StreamDirective is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.StreamDirective is { } stream1 && field2.StreamDirective is { } stream2)
            {
                comparison.SameStreamArguments ??= SameArguments(stream1.Arguments, stream2.Arguments);
                if (comparison.SameStreamArguments == true)
                {
                    reason += StreamDiscussion;
                }
            }

            return new Conflict(responseName, reason, node1, node2);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            field1.TypeString ??= type1.ToString();
            field2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{field1.TypeString}\" and \"{field2.TypeString}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw AbortValidation();
            }

            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, type1?.NamedType, selectionSet1, type2?.NamedType, selectionSet2);
            return subConflicts.Count == 0 ? null : Conflict.FromSubfields(responseName, subConflicts, node1, node2);
        }

        return null;
    }

    private static FieldComparison GetComparison(FieldDetails field1, FieldDetails field2)
    {
        field1.Comparisons ??= new Dictionary<FieldDetails, FieldComparison>(ReferenceEqualityComparer.Instance);
        if (!field1.Comparisons.TryGetValue(field2, out var comparison))
        {
            comparison = new FieldComparison();
            field1.Comparisons.Add(field2, comparison);
        }

        return comparison;
    }

    /// <summary>Same argument names with the same values, in any order.</summary>
    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            SpendComplexity(1);
            var value2 = FindLastArgumentValue(arguments2, argument1.Name.Value);
            if (value2 is null || !_valueComparer.SameValue(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueNode? FindLastArgumentValue(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    /// <summary>Whether two field types could give different response shapes (lists, nullability, leaf types).</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendComplexity(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1 is ScalarType or EnumType || type2 is ScalarType or EnumType) && !ReferenceEquals(type1, type2);
    }
}
