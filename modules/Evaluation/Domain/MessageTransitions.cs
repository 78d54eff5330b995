namespace Platform.Evaluation.Domain;

/// <summary>
/// A message's handling, one step at a time: received → handling (the unit takes it up) → replied (with the unit's
/// reply) → closed. Any other step is refused with <see cref="EvaluationErrors.InvalidTransition"/>.
/// </summary>
public static class MessageTransitions
{
    public const int MaxReplyLength = 2000;

    public static MessageStatus StartHandling(MessageStatus current) => Step(current, MessageStatus.Received, MessageStatus.Handling, "taken up");

    /// <summary>Returns the new status and the trimmed reply.</summary>
    public static (MessageStatus Status, string Reply) Reply(MessageStatus current, string? reply)
    {
        var status = Step(current, MessageStatus.Handling, MessageStatus.Replied, "replied to");
        var trimmed = reply?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxReplyLength)
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidReply, $"A reply must be 1 to {MaxReplyLength} characters.");
        }

        return (status, trimmed);
    }

    public static MessageStatus Close(MessageStatus current) => Step(current, MessageStatus.Replied, MessageStatus.Closed, "closed");

    private static MessageStatus Step(MessageStatus current, MessageStatus required, MessageStatus next, string action) =>
        current == required
            ? next
            : throw EvaluationErrors.Create(EvaluationErrors.InvalidTransition,
                $"A message that is {current.ToString().ToLowerInvariant()} cannot be {action}; only a {required.ToString().ToLowerInvariant()} one can.");
}
