using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>The rules graphql-js 17.1.0 applies by default, in its order (which is the order errors come out in).</summary>
public static class SpecifiedRules
{
    /// <summary>graphql-js <c>specifiedRules</c>: the rules for executable documents.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        // TODO(validation): context => new KnownOperationTypesRule(context),
        // TODO(validation): context => new UniqueOperationNamesRule(context),
        // TODO(validation): context => new LoneAnonymousOperationRule(context),
        // TODO(validation): context => new SingleFieldSubscriptionsRule(context),
        // TODO(validation): context => new KnownTypeNamesRule(context),
        // TODO(validation): context => new FragmentsOnCompositeTypesRule(context),
        // TODO(validation): context => new VariablesAreInputTypesRule(context),
        // TODO(validation): context => new ScalarLeafsRule(context),
        // TODO(validation): context => new FieldsOnCorrectTypeRule(context),
        // TODO(validation): context => new UniqueFragmentNamesRule(context),
        // TODO(validation): context => new KnownFragmentNamesRule(context),
        // TODO(validation): context => new NoUnusedFragmentsRule(context),
        // TODO(validation): context => new PossibleFragmentSpreadsRule(context),
        // TODO(validation): context => new NoFragmentCyclesRule(context),
        // TODO(validation): context => new UniqueVariableNamesRule(context),
        // TODO(validation): context => new NoUndefinedVariablesRule(context),
        // TODO(validation): context => new NoUnusedVariablesRule(context),
        // TODO(validation): context => new KnownDirectivesRule(context),
        // TODO(validation): context => new UniqueDirectivesPerLocationRule(context),
        context => new DeferStreamDirectiveOnRootFieldRule(context),
        context => new DeferStreamDirectiveOnValidOperationsRule(context),
        context => new DeferStreamDirectiveLabelRule(context),
        context => new StreamDirectiveOnListFieldRule(context),
        // TODO(validation): context => new KnownArgumentNamesRule(context),
        // TODO(validation): context => new UniqueArgumentNamesRule(context),
        // TODO(validation2): context => new ValuesOfCorrectTypeRule(context),
        // TODO(validation): context => new ProvidedRequiredArgumentsRule(context),
        // TODO(validation): context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        // TODO(validation): context => new UniqueInputFieldNamesRule(context),
        context => new MaxIntrospectionDepthRule(context),
    ];

    /// <summary>graphql-js <c>specifiedSDLRules</c>: the rules for type-system documents.</summary>
    public static IReadOnlyList<SdlValidationRuleFactory> Sdl { get; } =
    [
        context => new LoneSchemaDefinitionRule(context),
        context => new UniqueOperationTypesRule(context),
        context => new UniqueTypeNamesRule(context),
        context => new UniqueEnumValueNamesRule(context),
        context => new UniqueFieldDefinitionNamesRule(context),
        context => new UniqueArgumentDefinitionNamesRule(context),
        context => new UniqueDirectiveNamesRule(context),
        // TODO(validation): context => new KnownTypeNamesRule(context),
        // TODO(validation): context => new KnownDirectivesRule(context),
        // TODO(validation): context => new UniqueDirectivesPerLocationRule(context),
        // TODO(validation2): context => new PossibleTypeExtensionsRule(context),
        // TODO(validation): context => new KnownArgumentNamesOnDirectivesRule(context),
        // TODO(validation): context => new UniqueArgumentNamesRule(context),
        // TODO(validation): context => new UniqueInputFieldNamesRule(context),
        // TODO(validation): context => new ProvidedRequiredArgumentsOnDirectivesRule(context),
    ];
}
