using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// Wraps the execution of one query or mutation answered as JSON: it may look at the HTTP request, run code around
/// <paramref name="execute"/>, and return a changed result (extensions added, say). Federation's <c>ftv1</c> traces use it.
/// </summary>
public delegate Task<ExecutionResult> GraphQLExecutionInterceptor(HttpContext context, Func<Task<ExecutionResult>> execute);
