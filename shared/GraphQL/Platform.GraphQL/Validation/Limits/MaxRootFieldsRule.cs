using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Maximum root fields: the distinct response keys of an operation's root selection set, fragments followed, may
/// not exceed the maximum. Repeating one field under one key adds nothing (the executor merges it).
/// </summary>
public sealed class MaxRootFieldsRule : OperationLimitRule
{
    public MaxRootFieldsRule(ValidationContext context, int maximum)
        : base(context, maximum)
    {
    }

    protected override long Measure(OperationDefinitionNode operation)
    {
        var responseKeys = new HashSet<string>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var sets = new Stack<SelectionSetNode>();
        sets.Push(operation.SelectionSet);
        while (sets.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        responseKeys.Add(field.ResponseKey);
                        break;
                    case InlineFragmentNode inline:
                        sets.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                        if (Context.GetFragment(spread.Name.Value) is { } fragment)
                        {
                            sets.Push(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        return responseKeys.Count;
    }

    protected override GraphQLError CreateError(OperationDefinitionNode operation, long measure) =>
        LimitErrors.RootFields(operation, measure, Maximum);
}
