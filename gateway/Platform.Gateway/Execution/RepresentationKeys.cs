using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Execution;

/// <summary>
/// Turns representations (plain JSON-shaped values) into the JSON text that identifies them, reusing one buffer and
/// writer for a whole batch: the same text <see cref="JsonSerializer"/> gives, without its per-call converter work.
/// </summary>
internal sealed class RepresentationKeys
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public RepresentationKeys() => _writer = new Utf8JsonWriter(_buffer);

    public string KeyOf(Dictionary<string, object?> representation)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Write(representation);
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null:
                _writer.WriteNullValue();
                break;
            case string text:
                _writer.WriteStringValue(text);
                break;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                break;
            case int number:
                _writer.WriteNumberValue(number);
                break;
            case long number:
                _writer.WriteNumberValue(number);
                break;
            case double number:
                _writer.WriteNumberValue(number);
                break;
            case decimal number:
                _writer.WriteNumberValue(number);
                break;
            case Dictionary<string, object?> map:
                _writer.WriteStartObject();
                foreach (var (name, child) in map)
                {
                    _writer.WritePropertyName(name);
                    Write(child);
                }

                _writer.WriteEndObject();
                break;
            case List<object?> list:
                _writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(item);
                }

                _writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(_writer, value, value.GetType());
                break;
        }
    }
}
