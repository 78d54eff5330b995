using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The field nodes merged under one response key of a selection set (graphql-js's field details list), with what
/// one execution learns about them: the field definition, coerced arguments and the sub-selections per object type.
/// Variables are fixed for an execution, so these caches are valid for all objects the group is executed on.
/// </summary>
internal sealed class FieldGroup(string responseKey, FieldNode first)
{
    private SubfieldCache? _subfields;

    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> Nodes { get; } = [first];

    public FieldNode FirstNode => Nodes[0];

    public FieldDefinition Definition { get; set; } = null!;

    /// <summary>The field's type name for messages, <c>&lt;meta&gt;</c> for <c>__schema</c> and <c>__type</c>.</summary>
    public string ArgumentOwnerType { get; set; } = "";

    /// <summary>Coerced arguments, once computed without error.</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>The CLR type the default resolver last read this field from, and how.</summary>
    public PropertyAccessor? Accessor { get; set; }

    public CollectedFields? GetSubfields(ObjectType type)
    {
        var cache = _subfields;
        return cache is not null && ReferenceEquals(cache.Type, type) ? cache.Fields : cache?.More?.GetValueOrDefault(type);
    }

    public void SetSubfields(ObjectType type, CollectedFields fields)
    {
        var cache = _subfields;
        if (cache is null)
        {
            _subfields = new SubfieldCache(type, fields, null);
            return;
        }

        lock (cache)
        {
            var more = cache.More is null ? new Dictionary<ObjectType, CollectedFields>() : new Dictionary<ObjectType, CollectedFields>(cache.More);
            more[type] = fields;
            _subfields = cache with { More = more };
        }
    }

    private sealed record SubfieldCache(ObjectType Type, CollectedFields Fields, Dictionary<ObjectType, CollectedFields>? More);
}

/// <summary>A collected selection set: its field groups in response order (graphql-js's grouped field set).</summary>
internal sealed class CollectedFields
{
    public CollectedFields(FieldGroup[] groups)
    {
        Groups = groups;
        Keys = new string[groups.Length];
        EncodedKeys = new JsonEncodedText[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            Keys[i] = groups[i].ResponseKey;
            EncodedKeys[i] = JsonEncodedText.Encode(groups[i].ResponseKey);
        }
    }

    public FieldGroup[] Groups { get; }

    public string[] Keys { get; }

    /// <summary>The response keys as the response writer writes them, encoded once per selection set.</summary>
    public JsonEncodedText[] EncodedKeys { get; }
}
