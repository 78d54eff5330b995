using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.GraphQL.Conformance;

/// <summary>
/// The engine side of the conformance contract: one JSON request per line in,
/// one <c>{"id", "result"}</c> line per request out, in order. A request never stops the loop.
/// </summary>
public static class ConformanceRunner
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task RunAsync(TextReader input, TextWriter output)
    {
        while (await input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(await AnswerAsync(line));
            await output.FlushAsync();
        }
    }

    /// <summary>The answer line for one request line (blocking; runs the engine off the caller's context).</summary>
    public static string Answer(string requestLine) =>
        Task.Run(() => AnswerAsync(requestLine)).GetAwaiter().GetResult();

    public static async Task<string> AnswerAsync(string requestLine)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            ConformanceRequest? request = null;
            string? readFailure = null;
            try
            {
                request = ConformanceRequest.Parse(requestLine);
            }
            catch (Exception exception)
            {
                readFailure = Crash(exception);
            }

            writer.WritePropertyName("id");
            if (request?.Id is { } id)
            {
                id.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("result");
            if (request is null)
            {
                WriteCrash(writer, readFailure!);
            }
            else
            {
                await WriteResultAsync(writer, request);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The handler writes into its own buffer first, so an exception halfway through a result
    /// still leaves a well-formed <c>{"crash"}</c> answer.
    /// </summary>
    private static async Task WriteResultAsync(Utf8JsonWriter writer, ConformanceRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using (var resultWriter = new Utf8JsonWriter(buffer, WriterOptions))
            {
                await RequestHandlers.WriteAnswerAsync(resultWriter, request);
            }
        }
        catch (Exception exception)
        {
            WriteCrash(writer, Crash(exception));
            return;
        }

        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }

    /// <summary><c>Type: message</c>, and where it was thrown, so a stub or a bug is easy to find.</summary>
    private static string Crash(Exception exception)
    {
        var site = exception.TargetSite;
        var where = site is null ? "" : $" (in {site.DeclaringType?.Name}.{site.Name})";
        return $"{exception.GetType().Name}: {exception.Message}{where}";
    }

    private static void WriteCrash(Utf8JsonWriter writer, string crash)
    {
        writer.WriteStartObject();
        writer.WriteString("crash", crash);
        writer.WriteEndObject();
    }
}
