namespace Platform.GraphQL.Types;

/// <summary>STUB — completed by the Types work (arguments, descriptions). The directives every schema has.</summary>
public static class SpecifiedDirectives
{
    public static readonly DirectiveDefinition Include = new("include", [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT]);

    public static readonly DirectiveDefinition Skip = new("skip", [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT]);

    public static readonly DirectiveDefinition Deprecated = new("deprecated", [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE]);

    public static readonly DirectiveDefinition SpecifiedBy = new("specifiedBy", [DirectiveLocation.SCALAR]);

    public static readonly DirectiveDefinition OneOf = new("oneOf", [DirectiveLocation.INPUT_OBJECT]);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
