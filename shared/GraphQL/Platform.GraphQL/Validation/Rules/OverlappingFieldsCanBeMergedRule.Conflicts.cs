using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    // Field sets already compared with a fragment, and fragment pairs already compared with each other.
    private readonly OrderedPairSet _comparedFieldsAndFragments = new();
    private readonly PairSet _comparedFragmentPairs = new();

    /// <summary>Conflicts among the fields of one selection set, including the fragments it spreads.</summary>
    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);

        var spreadCount = collected.Spreads?.Count ?? 0;
        if (spreadCount == 0 || (collected.Groups.Count == 0 && spreadCount == 1))
        {
            return;
        }

        var fragments = GetFragmentSpreads(collected);
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragments[i]);
            for (var j = i + 1; j < fragments.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
            }
        }
    }

    /// <summary>Conflicts between the sub-selections of two fields with the same response name.</summary>
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var fragments1 = GetFragmentSpreads(collected1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        var fragments2 = GetFragmentSpreads(collected2);

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragment2 in fragments2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragment2);
        }

        foreach (var fragment1 in fragments1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragment1);
        }

        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var group in collected.Groups)
        {
            if (!group.HasSeveral)
            {
                continue;
            }

            for (var field1 = group.First; field1 is not null; field1 = field1.Next)
            {
                for (var field2 = field1.Next; field2 is not null; field2 = field2.Next)
                {
                    if (FindConflict(false, group.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (group1, group2) in GetOverlappingFields(collected1, collected2))
        {
            for (var field1 = group1.First; field1 is not null; field1 = field1.Next)
            {
                for (var field2 = group2.First; field2 is not null; field2 = field2.Next)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Compares a field set with a fragment and, depth first, with every fragment that fragment spreads.
    /// The walk keeps its own stack so long fragment chains cannot exhaust the thread's.
    /// </summary>
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, FragmentDefinitionNode? fragment)
    {
        Stack<FragmentDefinitionNode?>? pending = null;
        var current = fragment;
        while (true)
        {
            var referenced = CompareFieldsWithFragment(conflicts, areMutuallyExclusive, collected, current);
            if (referenced is { Count: > 0 })
            {
                pending ??= new Stack<FragmentDefinitionNode?>();
                for (var i = referenced.Count - 1; i >= 0; i--)
                {
                    pending.Push(referenced[i]);
                }
            }

            if (pending is null || !pending.TryPop(out current))
            {
                return;
            }
        }
    }

    /// <returns>The fragments to compare the field set with next, or null.</returns>
    private List<FragmentDefinitionNode?>? CompareFieldsWithFragment(
        List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, FragmentDefinitionNode? fragment)
    {
        SpendComplexity(1);
        if (collected.Groups.Count == 0 || _comparedFieldsAndFragments.Contains(collected, fragment, areMutuallyExclusive))
        {
            return null;
        }

        _comparedFieldsAndFragments.Add(collected, fragment, areMutuallyExclusive);
        if (fragment is null)
        {
            return null;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        var referenced = GetFragmentSpreads(fragmentFields);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return null;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
        return referenced;
    }

    /// <summary>Compares two fragments and, depth first, the fragments each of them spreads with the other.</summary>
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts, bool areMutuallyExclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        Stack<(FragmentDefinitionNode?, FragmentDefinitionNode?)>? pending = null;
        var pair = (fragment1, fragment2);
        while (true)
        {
            var (first, second) = pair;
            if (CompareFragments(conflicts, areMutuallyExclusive, first, second) is var (referenced1, referenced2))
            {
                // Popped in the order graphql-js recurses: (first, each of second's spreads), then (each of first's, second).
                pending ??= new Stack<(FragmentDefinitionNode?, FragmentDefinitionNode?)>();
                for (var i = referenced1.Count - 1; i >= 0; i--)
                {
                    pending.Push((referenced1[i], second));
                }

                for (var i = referenced2.Count - 1; i >= 0; i--)
                {
                    pending.Push((first, referenced2[i]));
                }
            }

            if (pending is null || !pending.TryPop(out pair))
            {
                return;
            }
        }
    }

    /// <returns>The fragments each of the two spreads, or null when the pair needs no further walk.</returns>
    private (List<FragmentDefinitionNode?>, List<FragmentDefinitionNode?>)? CompareFragments(
        List<Conflict> conflicts, bool areMutuallyExclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        SpendComplexity(2);
        if (ReferenceEquals(fragment1, fragment2) || _comparedFragmentPairs.Contains(fragment1, fragment2, areMutuallyExclusive))
        {
            return null;
        }

        _comparedFragmentPairs.Add(fragment1, fragment2, areMutuallyExclusive);
        if (fragment1 is null || fragment2 is null)
        {
            return null;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var referenced1 = GetFragmentSpreads(collected1);
        var collected2 = CollectFragmentFields(fragment2);
        var referenced2 = GetFragmentSpreads(collected2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        return referenced1.Count == 0 && referenced2.Count == 0 ? null : (referenced1, referenced2);
    }
}
