namespace Platform.GraphQL.Types;

/// <summary>graphql-js <c>typeComparators</c>: type equality and the "can stand in for" relation.</summary>
public static class TypeComparators
{
    /// <summary>Same named type under the same list and non-null wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => typeA.Equals(typeB);

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (maybeSubType.Equals(superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
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

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            return maybeSubType is ObjectType or InterfaceType
                && superType is IAbstractType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }
}
