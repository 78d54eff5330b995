namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>Every error the server itself reports, with its stable <c>extensions.code</c>.</summary>
public static class ServerErrors
{
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";
    public const string InvalidJsonCode = "INVALID_JSON";
    public const string InvalidRequestCode = "INVALID_REQUEST";
    public const string BatchingDisabledCode = "BATCHING_DISABLED";
    public const string UnsupportedMediaTypeCode = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptableCode = "NOT_ACCEPTABLE";
    public const string MethodNotAllowedCode = "METHOD_NOT_ALLOWED";
    public const string IntrospectionDisabledCode = "INTROSPECTION_DISABLED";
    public const string MaxTokensExceededCode = "MAX_TOKENS_EXCEEDED";
    public const string MaxParserDepthExceededCode = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string SubscriptionRequiresStreamCode = "SUBSCRIPTION_REQUIRES_STREAM";
    public const string SubscriptionsNotSupportedCode = "SUBSCRIPTIONS_NOT_SUPPORTED";
    public const string UnexpectedErrorCode = "UNEXPECTED_EXECUTION_ERROR";
    public const string InternalServerErrorCode = "INTERNAL_SERVER_ERROR";

    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    internal static GraphQLError RequestTooLarge(long limit) =>
        Coded($"The request body is larger than the limit of {limit} bytes.", RequestTooLargeCode);

    internal static GraphQLError InvalidJson(string detail) =>
        Coded($"The request body is not valid JSON: {detail}", InvalidJsonCode);

    internal static GraphQLError InvalidRequest(string message) => Coded(message, InvalidRequestCode);

    internal static GraphQLError BatchingDisabled() =>
        Coded("Batched requests (a JSON array of requests) are not enabled on this server.", BatchingDisabledCode);

    internal static GraphQLError UnsupportedMediaType(string? contentType) =>
        Coded(
            contentType is null
                ? "A POST request needs the header Content-Type: application/json."
                : $"Content-Type \"{contentType}\" is not supported; use application/json.",
            UnsupportedMediaTypeCode);

    internal static GraphQLError NotAcceptable() =>
        Coded(
            "None of the accepted media types can be served; accept application/graphql-response+json, application/json or text/event-stream.",
            NotAcceptableCode);

    internal static GraphQLError MethodNotAllowed(string method) =>
        Coded($"HTTP method {method} is not allowed; use GET or POST.", MethodNotAllowedCode);

    internal static GraphQLError MutationOverGet() =>
        Coded("Mutations cannot be sent over GET; use POST.", MethodNotAllowedCode);

    internal static GraphQLError IntrospectionDisabled(Language.SyntaxNode field) =>
        new("Introspection is disabled on this server.", [field], extensions: Code(IntrospectionDisabledCode));

    internal static GraphQLError SubscriptionRequiresStream() =>
        Coded("Subscriptions are answered as Server-Sent Events: send the header Accept: text/event-stream.", SubscriptionRequiresStreamCode);

    internal static GraphQLError SubscriptionsNotSupported() =>
        Coded("This endpoint does not serve subscriptions.", SubscriptionsNotSupportedCode);

    internal static GraphQLError InternalServerError() =>
        Coded("The server could not process the request.", InternalServerErrorCode);

    internal static IReadOnlyDictionary<string, object?> Code(string code) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };

    private static GraphQLError Coded(string message, string code) => new(message, extensions: Code(code));
}
