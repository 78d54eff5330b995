using System.Text;
using System.Text.Json;
using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Reading;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Tests.Reading;

/// <summary>What the one-pass reader saves over JsonDocument + JsonValues.ToValue, in bytes allocated (not time).</summary>
public sealed class ReaderAllocationTests
{
    [Fact]
    public async Task Reading_an_entities_answer_allocates_less_than_parsing_a_document_and_converting_it()
    {
        var answer = Encoding.UTF8.GetBytes("{\"data\":{\"_entities\":[" + string.Join(",", Enumerable.Range(0, 200).Select(i =>
            $"{{\"__typename\":\"Product\",\"upc\":\"{i}\",\"inStock\":true,\"shippingEstimate\":{i * 7},\"weight\":{i}.5}}")) + "]}}");
        var names = new Utf8NameCache();
        ModuleJsonReader.TryRead(answer, names, out _);
        await ParseAndConvertAsync(answer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        ModuleJsonReader.TryRead(answer, names, out var read);
        var reader = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var converted = await ParseAndConvertAsync(answer);
        var document = GC.GetAllocatedBytesForCurrentThread() - before;

        ValueComparison.AssertSame(converted, read, "answer");
        Assert.True(reader * 3 < document * 2, $"the reader allocated {reader} bytes, JsonDocument + ToValue {document}");
    }

    private static async Task<object?> ParseAndConvertAsync(byte[] answer)
    {
        using var document = await JsonDocument.ParseAsync(new MemoryStream(answer));
        return JsonValues.ToValue(document.RootElement);
    }
}
