using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>graphql-js <c>typeComparators</c>: equality and the subtype relation between (wrapped) types.</summary>
public static class TypeComparators
{
    /// <summary>True when both are the same named type under the same list and non-null wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        (NamedType a, NamedType b) => ReferenceEquals(a, b),
        (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
        (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected:
    /// the same type, a non-null version of it, or an object or interface type of an abstract super type.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                (maybeSubType, superType) = (subNonNull.OfType, superNonNull.OfType);
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                (maybeSubType, superType) = (subList.OfType, superList.OfType);
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is IAbstractType
                && maybeSubType is ObjectType or InterfaceType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }
}
