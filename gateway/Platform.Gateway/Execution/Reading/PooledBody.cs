using System.Buffers;

namespace Platform.Gateway.Execution.Reading;

/// <summary>
/// A response body read whole into an array rented from the shared pool, up to a size limit. Disposing clears the
/// bytes it held (module answers may carry personal data) and returns the array.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstBufferBytes = 16 * 1024;

    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBody))).AsSpan(0, Length);

    /// <summary>
    /// The whole of <paramref name="stream"/>, or null when it is longer than <paramref name="limit"/> bytes.
    /// <paramref name="expectedLength"/> (the Content-Length, when sent) sizes the first array.
    /// </summary>
    public static async Task<PooledBody?> ReadAsync(Stream stream, long? expectedLength, long limit, CancellationToken cancellationToken)
    {
        var max = (int)Math.Min(limit, Array.MaxLength - 1);
        // One byte more than expected, so the read that finds the end needs no larger array.
        var first = expectedLength is { } expected && expected <= max ? (int)expected + 1 : Math.Min(FirstBufferBytes, max + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(first);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, (int)Math.Min(2L * length, max + 1L));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledBody(buffer, length);
                }

                length += read;
                if (length > max)
                {
                    Return(buffer, length);
                    return null;
                }
            }
        }
        catch
        {
            Return(buffer, length);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Return(buffer, Length);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        Return(buffer, length);
        return larger;
    }

    private static void Return(byte[] buffer, int length)
    {
        buffer.AsSpan(0, length).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
