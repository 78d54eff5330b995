using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Loads the entity a representation (<c>__typename</c> plus key fields) stands for: the entity object, null, or a
/// Task / ValueTask of it. All representations of a request are started together, so a DataLoader sees one batch.
/// </summary>
public delegate object? ReferenceResolver(IReadOnlyDictionary<string, object?> representation, IResolveFieldContext context);
