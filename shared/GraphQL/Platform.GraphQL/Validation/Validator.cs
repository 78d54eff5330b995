using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>graphql-js <c>validate</c> and <c>validateSDL</c>: every rule over the document in one walk.</summary>
public static class Validator
{
    /// <summary>graphql-js's default cap on the number of errors of one validation.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Every error of the executable document against the schema, with graphql-js 17's specified rules.</summary>
    /// <remarks>The schema is assumed valid; check it with <see cref="SchemaValidator"/> first.</remarks>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) =>
        Validate(schema, document, SpecifiedRules.All);

    /// <summary>
    /// The errors of the executable document under the given rules, in the order the walk finds them. After
    /// <paramref name="maxErrors"/> errors validation stops and a last error says so.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRuleFactory> rules,
        int maxErrors = DefaultMaxErrors,
        bool hideSuggestions = false)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                throw new ValidationAbortedException(
                    new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            }

            errors.Add(error);
        })
        { HideSuggestions = hideSuggestions };

        try
        {
            var ruleInstances = new ValidationRule[rules.Count];
            for (var i = 0; i < ruleInstances.Length; i++)
            {
                ruleInstances[i] = rules[i](context);
            }

            new ParallelRuleWalker(ruleInstances, typeInfo, visitDescriptions: false).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }

        return errors;
    }

    /// <summary>The SDL rules over a type-system document (optionally extending a schema).</summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document, Schema? schemaToExtend = null) =>
        ValidateSdl(document, schemaToExtend, SpecifiedRules.Sdl);

    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document, Schema? schemaToExtend, IReadOnlyList<SdlValidationRuleFactory> rules)
    {
        var errors = new List<GraphQLError>();
        var context = new SdlValidationContext(document, schemaToExtend, errors.Add);
        var ruleInstances = new ValidationRule[rules.Count];
        for (var i = 0; i < ruleInstances.Length; i++)
        {
            ruleInstances[i] = rules[i](context);
        }

        new ParallelRuleWalker(ruleInstances, typeInfo: null, visitDescriptions: true).Walk(document);
        return errors;
    }
}
