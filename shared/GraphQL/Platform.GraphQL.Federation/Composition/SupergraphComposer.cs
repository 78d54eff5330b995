using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Federation.Composition.Validation;

namespace Platform.GraphQL.Federation.Composition;

/// <summary>Composes Apollo Federation v2 subgraphs into a <see cref="Supergraph"/>, or explains why they do not compose.</summary>
public static class SupergraphComposer
{
    /// <summary>
    /// Reads and checks each subgraph, merges their types, checks the federation rules across subgraphs, and builds the
    /// API schema. Never throws for bad input: every problem is a <see cref="CompositionError"/>.
    /// </summary>
    public static CompositionResult Compose(IReadOnlyList<SubgraphDefinition> subgraphs)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        var errors = new List<CompositionError>();
        if (subgraphs.Count == 0)
        {
            return CompositionResult.Failure([new CompositionError(CompositionCodes.NoQueries, "No subgraphs to compose.")]);
        }

        SubgraphNames.Check(subgraphs, errors);
        var schemas = new List<SubgraphSchema>();
        foreach (var subgraph in subgraphs)
        {
            if (SubgraphReader.Read(subgraph, errors) is { } schema)
            {
                ImpliedTraits.Apply(schema);
                if (SubgraphSchemaCheck.Check(schema, errors))
                {
                    SubgraphRules.Check(schema, errors);
                }

                schemas.Add(schema);
            }
        }

        if (errors.Count > 0)
        {
            return CompositionResult.Failure(errors);
        }

        var merged = TypeMerger.Merge(schemas, errors);
        SupergraphRules.Check(merged, errors);
        var apiSchema = errors.Count == 0 ? ApiSchemaBuilder.Build(merged, errors) : null;
        return apiSchema is null || errors.Count > 0
            ? CompositionResult.Failure(errors)
            : CompositionResult.Success(SupergraphAssembler.Assemble(apiSchema, subgraphs, merged));
    }
}
