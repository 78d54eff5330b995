using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>replaceVariables</c> when no variable values are known (static validation): a variable becomes
/// <c>null</c> and an input object field whose value is a variable is left out. Literals without variables are
/// returned as they are; rebuilt lists and objects keep the original location.
/// </summary>
public static class StaticLiterals
{
    public static ValueNode WithoutVariables(ValueNode literal)
    {
        switch (literal)
        {
            case VariableNode:
                return new NullValueNode();
            case ListValueNode list when ContainsVariable(list):
                var values = new List<ValueNode>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    values.Add(WithoutVariables(item));
                }

                return new ListValueNode(values) { Location = list.Location };
            case ObjectValueNode obj when ContainsVariable(obj):
                var fields = new List<ObjectFieldNode>(obj.Fields.Count);
                foreach (var field in obj.Fields)
                {
                    if (field.Value is not VariableNode)
                    {
                        fields.Add(new ObjectFieldNode(field.Name, WithoutVariables(field.Value)) { Location = field.Location });
                    }
                }

                return new ObjectValueNode(fields) { Location = obj.Location };
            default:
                return literal;
        }
    }

    private static bool ContainsVariable(ValueNode literal)
    {
        switch (literal)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (ContainsVariable(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (ContainsVariable(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
