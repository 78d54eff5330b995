using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Reading;

namespace Platform.Gateway.Tests.Reading;

/// <summary>Reading a body of unknown length into pooled arrays that grow, over real HTTP (chunked, no Content-Length).</summary>
public sealed class PooledBodyTests(CannedAnswerServer server) : IClassFixture<CannedAnswerServer>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(100_003)]
    public async Task A_chunked_body_is_read_whole_and_byte_for_byte(int length)
    {
        var sent = Bytes(length);

        using var body = await ReadAsync(sent, limit: 1_000_000);

        Assert.NotNull(body);
        Assert.Equal(sent, body.Span.ToArray());
    }

    [Theory]
    [InlineData(50_000, 50_000, true)]
    [InlineData(50_001, 50_000, false)]
    [InlineData(100_003, 16 * 1024, false)]
    public async Task A_chunked_body_longer_than_the_limit_is_refused(int length, int limit, bool read)
    {
        using var body = await ReadAsync(Bytes(length), limit);

        Assert.Equal(read, body is not null);
    }

    [Fact]
    public async Task A_disposed_body_no_longer_gives_its_bytes()
    {
        var body = await ReadAsync(Bytes(10), limit: 100);
        body!.Dispose();

        Assert.Throws<ObjectDisposedException>(() => body.Span.Length);
    }

    private async Task<PooledBody?> ReadAsync(byte[] sent, long limit)
    {
        using var response = await server.SendAsync(sent);
        // Kestrel sends an empty body with Content-Length: 0; every other one is chunked.
        Assert.True(sent.Length == 0 || response.Content.Headers.ContentLength is null);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await PooledBody.ReadAsync(stream, expectedLength: null, limit, CancellationToken.None);
    }

    private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + (i >> 8))).ToArray();
}
