using Platform.Evaluation.Domain;

namespace Platform.Evaluation.Data;

/// <summary>
/// A message to a unit's complaint and suggestion box (意见箱): a complaint, a suggestion or a demand, with an optional
/// contact phone (personal data: encrypted at rest), and its handling up to the unit's reply and closing.
/// </summary>
[GraphQLName("Message")]
[GraphQLDescription("A message to a unit's complaint and suggestion box (意见箱) and its handling.")]
public sealed class FeedbackMessage
{
    [ID]
    [GraphQLDescription("The message's id, also the sender's tracking number.")]
    public required string Id { get; init; }

    [GraphQLIgnore]
    public required string UnitId { get; init; }

    [ID]
    [GraphQLDescription("The project (项目) the message is about, when given; demands naming a project count in its demand rate.")]
    public string? ProjectId { get; init; }

    public MessageKind Kind { get; init; }

    [GraphQLDescription("What the sender wrote.")]
    public required string Content { get; init; }

    [GraphQLIgnore]
    public byte[]? PhoneCipher { get; init; }

    public MessageStatus Status { get; set; }

    [GraphQLDescription("The unit's reply, once replied.")]
    public string? Reply { get; set; }

    [GraphQLIgnore]
    public string? RepliedBy { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    [GraphQLDescription("The half year the message was received in.")]
    public required string Period { get; init; }

    [GraphQLIgnore]
    public int Version { get; set; }
}
