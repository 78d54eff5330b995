using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Activities.Data;

/// <summary>The answer of the Volunteers module to one <c>recordService</c>: the record's id, or an error code and message.</summary>
public sealed record RecordServiceOutcome(string? RecordId, string? ErrorCode, string? ErrorMessage);

/// <summary>
/// Records service time in the Volunteers module through its GraphQL endpoint (<c>Platform:VolunteersUrl</c>), as the
/// calling administrator (their <c>Authorization</c> header is forwarded, so the Volunteers module checks their scope).
/// A module that cannot be reached or answers nonsense is an outcome with <see cref="Unavailable"/>, never an exception.
/// </summary>
public sealed class ActivityVolunteersClient(HttpClient http, string? volunteersUrl)
{
    public const string Unavailable = "VOLUNTEERS_UNAVAILABLE";
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private const string Mutation = """
        mutation RecordActivityService($input: RecordServiceInput!) { recordService(input: $input) { id } }
        """;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(volunteersUrl);

    public async Task<RecordServiceOutcome> RecordAsync(
        string volunteerId, string activityId, string unitId, DateOnly serviceDate, int minutes, string content, string? authorization, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["query"] = Mutation,
            ["variables"] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["volunteerId"] = volunteerId,
                    ["activityId"] = activityId,
                    ["unitId"] = unitId,
                    ["serviceDate"] = serviceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["hours"] = minutes / 60.0,
                    ["content"] = content,
                },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, volunteersUrl) { Content = JsonContent.Create(body) };
        if (authorization is not null && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        JsonNode? answer;
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            answer = await response.Content.ReadFromJsonAsync<JsonNode>(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or NotSupportedException
            || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new RecordServiceOutcome(null, Unavailable, $"The Volunteers module at {volunteersUrl} could not be reached: {error.Message}");
        }

        if (answer?["data"]?["recordService"]?["id"]?.GetValue<string>() is { } id)
        {
            return new RecordServiceOutcome(id, null, null);
        }

        var first = answer?["errors"]?[0];
        var code = first?["extensions"]?["code"]?.GetValue<string>() ?? Unavailable;
        var message = first?["message"]?.GetValue<string>() ?? "The Volunteers module gave no record and no error.";
        return new RecordServiceOutcome(null, code, message.Length > 1000 ? message[..1000] : message);
    }
}
