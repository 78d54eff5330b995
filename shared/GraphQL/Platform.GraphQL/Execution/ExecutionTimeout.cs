using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Execution;

/// <summary>Runs an execution under a time limit and answers a breach with an <c>EXECUTION_TIMEOUT</c> error.</summary>
public static class ExecutionTimeout
{
    /// <summary>
    /// Calls <paramref name="execute"/> with a token that is cancelled when <paramref name="cancellationToken"/> is or
    /// when <paramref name="timeout"/> has passed. A timeout becomes a result with the error
    /// "Execution timed out after N ms."; even a resolver that ignores its token is not waited for past the limit.
    /// Cancellation by the caller's own token still surfaces as <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<ExecutionResult> RunAsync(
        Func<CancellationToken, Task<ExecutionResult>> execute,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linked.CancelAfter(timeout);
        try
        {
            return await execute(linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromErrors([LimitErrors.Timeout(timeout)]);
        }
    }
}
