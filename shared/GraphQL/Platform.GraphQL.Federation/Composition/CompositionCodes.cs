namespace Platform.GraphQL.Federation.Composition;

/// <summary>The stable <see cref="CompositionError.Code"/> values, named as the federation spec's composition errors.</summary>
public static class CompositionCodes
{
    public const string InvalidGraphQL = "INVALID_GRAPHQL";
    public const string InvalidSubgraphName = "INVALID_SUBGRAPH_NAME";
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";
    public const string FieldTypeMismatch = "FIELD_TYPE_MISMATCH";
    public const string FieldArgumentTypeMismatch = "FIELD_ARGUMENT_TYPE_MISMATCH";
    public const string FieldArgumentDefaultMismatch = "FIELD_ARGUMENT_DEFAULT_MISMATCH";
    public const string RequiredArgumentMissingInSomeSubgraph = "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH";
    public const string RequiredInputFieldMissingInSomeSubgraph = "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH";
    public const string EmptyMergedInputType = "EMPTY_MERGED_INPUT_TYPE";
    public const string EmptyMergedEnumType = "EMPTY_MERGED_ENUM_TYPE";
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";
    public const string EnumValueMismatch = "ENUM_VALUE_MISMATCH";
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";
    public const string ExternalUnused = "EXTERNAL_UNUSED";
    public const string ExternalTypeMismatch = "EXTERNAL_TYPE_MISMATCH";
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";
    public const string KeyInvalidFieldsType = "KEY_INVALID_FIELDS_TYPE";
    public const string RequiresInvalidFieldsType = "REQUIRES_INVALID_FIELDS_TYPE";
    public const string ProvidesInvalidFieldsType = "PROVIDES_INVALID_FIELDS_TYPE";
    public const string InvalidLinkDirectiveUsage = "INVALID_LINK_DIRECTIVE_USAGE";
    public const string UnknownFederationLinkVersion = "UNKNOWN_FEDERATION_LINK_VERSION";
    public const string ProvidesFieldsHasArgs = "PROVIDES_FIELDS_HAS_ARGS";
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";
    public const string RequiresInvalidFields = "REQUIRES_INVALID_FIELDS";
    public const string RequiresFieldsMissingExternal = "REQUIRES_FIELDS_MISSING_EXTERNAL";
    public const string ProvidesInvalidFields = "PROVIDES_INVALID_FIELDS";
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";
    public const string ProvidesOnNonObjectField = "PROVIDES_ON_NON_OBJECT_FIELD";
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";
    public const string OverrideFromSelf = "OVERRIDE_FROM_SELF_ERROR";
    public const string OverrideCollisionWithAnotherDirective = "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE";
    public const string InterfaceObjectUsageError = "INTERFACE_OBJECT_USAGE_ERROR";
    public const string InterfaceFieldNoImplementation = "INTERFACE_FIELD_NO_IMPLEM";
    public const string InterfaceKeyNotOnImplementation = "INTERFACE_KEY_NOT_ON_IMPLEMENTATION";
    public const string ExtensionWithNoBase = "EXTENSION_WITH_NO_BASE";
    public const string DirectiveCompositionError = "DIRECTIVE_COMPOSITION_ERROR";
    public const string ReferencedInaccessible = "REFERENCED_INACCESSIBLE";
    public const string OnlyInaccessibleChildren = "ONLY_INACCESSIBLE_CHILDREN";
    public const string RequiredInaccessible = "REQUIRED_INACCESSIBLE";
    public const string DefaultValueUsesInaccessible = "DEFAULT_VALUE_USES_INACCESSIBLE";
    public const string NoQueries = "NO_QUERIES";
    public const string SatisfiabilityError = "SATISFIABILITY_ERROR";
}
