using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>The rules graphql-js 17.1.0 applies by default, in its order (which is the order errors come out in).</summary>
public static class SpecifiedRules
{
    /// <summary>graphql-js <c>specifiedRules</c>: the rules for executable documents.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new KnownOperationTypesRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new ScalarLeafsRule(context),
        context => new FieldsOnCorrectTypeRule(context),
        context => new UniqueFragmentNamesRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new PossibleFragmentSpreadsRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new UniqueVariableNamesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new DeferStreamDirectiveOnRootFieldRule(context),
        context => new DeferStreamDirectiveOnValidOperationsRule(context),
        context => new DeferStreamDirectiveLabelRule(context),
        context => new StreamDirectiveOnListFieldRule(context),
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new ProvidedRequiredArgumentsRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new UniqueInputFieldNamesRule(context),
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
        context => new KnownTypeNamesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new PossibleTypeExtensionsRule(context),
        context => new KnownArgumentNamesOnDirectivesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new UniqueInputFieldNamesRule(context),
        context => new ProvidedRequiredArgumentsOnDirectivesRule(context),
    ];
}
