using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Keeps exception messages and stack traces away from clients: an error that merely carries the message of an
/// exception a resolver threw (anything but a <see cref="GraphQLError"/>) becomes "Unexpected Execution Error".
/// With details on, the message stays and <c>extensions.exception</c> adds the type and stack trace.
/// </summary>
internal static class ErrorMasking
{
    public static ExecutionResult Apply(ExecutionResult result, bool includeDetails)
    {
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(IsUnexpected))
        {
            return result;
        }

        return new ExecutionResult
        {
            Data = result.Data,
            HasData = result.HasData,
            Errors = errors.Select(e => IsUnexpected(e) ? Mask(e, includeDetails) : e).ToArray(),
            Extensions = result.Extensions,
        };
    }

    /// <summary>Raised by the code behind a field, not deliberately reported: its message is the exception's.</summary>
    private static bool IsUnexpected(GraphQLError error) =>
        error.InnerException is { } inner and not GraphQLError && error.Message == inner.Message;

    private static GraphQLError Mask(GraphQLError error, bool includeDetails)
    {
        var exception = error.InnerException!;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is not null)
        {
            foreach (var (key, value) in error.Extensions)
            {
                extensions[key] = value;
            }
        }

        extensions.TryAdd("code", ServerErrors.UnexpectedErrorCode);
        if (includeDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        var message = includeDetails ? error.Message : ServerErrors.UnexpectedErrorMessage;
        return new GraphQLError(message, error.Nodes, error.Path, extensions: extensions);
    }
}
