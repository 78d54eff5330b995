using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Writes an Apollo federated trace (<c>ftv1</c>): the <c>Trace</c> message of Apollo's <c>reports.proto</c> in protobuf
/// wire format. It carries the request's start, end and duration, and a node tree leading to each error by its
/// response path; resolver timings per field are not recorded.
/// </summary>
internal static class FederatedTraceEncoder
{
    // Field numbers of reports.proto.
    private const int TraceEndTime = 3, TraceStartTime = 4, TraceDurationNs = 11, TraceRoot = 14;
    private const int NodeResponseName = 1, NodeIndex = 2, NodeError = 11, NodeChild = 12;
    private const int ErrorMessage = 1, ErrorLocation = 2, ErrorJson = 4;
    private const int LocationLine = 1, LocationColumn = 2;
    private const int TimestampSeconds = 1, TimestampNanos = 2;

    public static byte[] Encode(DateTimeOffset start, DateTimeOffset end, long durationNs, IReadOnlyList<GraphQLError> errors)
    {
        var trace = new ProtobufWriter();
        trace.Message(TraceEndTime, Timestamp(end));
        trace.Message(TraceStartTime, Timestamp(start));
        trace.Varint(TraceDurationNs, (ulong)Math.Max(0, durationNs));
        trace.Message(TraceRoot, Node(new ErrorNode(), errors));
        return trace.ToArray();
    }

    private static ProtobufWriter Node(ErrorNode root, IReadOnlyList<GraphQLError> errors)
    {
        foreach (var error in errors)
        {
            var node = root;
            foreach (var segment in error.Path ?? [])
            {
                node = node.Child(segment);
            }

            node.Errors.Add(error);
        }

        return Write(root);
    }

    private static ProtobufWriter Write(ErrorNode node)
    {
        var writer = new ProtobufWriter();
        switch (node.Segment)
        {
            case string name:
                writer.String(NodeResponseName, name);
                break;
            case int index:
                writer.Varint(NodeIndex, (ulong)index);
                break;
        }

        foreach (var error in node.Errors)
        {
            writer.Message(NodeError, Error(error));
        }

        foreach (var child in node.Children)
        {
            writer.Message(NodeChild, Write(child));
        }

        return writer;
    }

    private static ProtobufWriter Error(GraphQLError error)
    {
        var writer = new ProtobufWriter();
        writer.String(ErrorMessage, error.Message);
        foreach (var location in error.Locations)
        {
            var entry = new ProtobufWriter();
            entry.Varint(LocationLine, (ulong)location.Line);
            entry.Varint(LocationColumn, (ulong)location.Column);
            writer.Message(ErrorLocation, entry);
        }

        var json = JsonSerializer.Serialize(new
        {
            message = error.Message,
            locations = error.Locations.Select(l => new { line = l.Line, column = l.Column }),
            path = error.Path,
        });
        writer.String(ErrorJson, json);
        return writer;
    }

    private static ProtobufWriter Timestamp(DateTimeOffset time)
    {
        var writer = new ProtobufWriter();
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        writer.Varint(TimestampSeconds, (ulong)(ticks / TimeSpan.TicksPerSecond));
        writer.Varint(TimestampNanos, (ulong)(ticks % TimeSpan.TicksPerSecond * 100));
        return writer;
    }

    private sealed class ErrorNode(object? segment = null)
    {
        public object? Segment { get; } = segment;

        public List<GraphQLError> Errors { get; } = [];

        public List<ErrorNode> Children { get; } = [];

        public ErrorNode Child(object segment)
        {
            var child = Children.Find(c => Equals(c.Segment, segment));
            if (child is null)
            {
                Children.Add(child = new ErrorNode(segment));
            }

            return child;
        }
    }

    /// <summary>The two protobuf wire types a trace needs: varints and length-delimited fields.</summary>
    private sealed class ProtobufWriter
    {
        private readonly MemoryStream _bytes = new();

        public void Varint(int field, ulong value)
        {
            WriteVarint(((ulong)field << 3) | 0);
            WriteVarint(value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, ProtobufWriter message) => Bytes(field, message.ToArray());

        public byte[] ToArray() => _bytes.ToArray();

        private void Bytes(int field, byte[] value)
        {
            WriteVarint(((ulong)field << 3) | 2);
            WriteVarint((ulong)value.Length);
            _bytes.Write(value);
        }

        private void WriteVarint(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _bytes.WriteByte((byte)value);
        }
    }
}
