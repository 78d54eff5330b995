namespace Platform.Evaluation.Domain;

/// <summary>How far a message's handling has come: received → handling → replied → closed.</summary>
public enum MessageStatus
{
    Received,
    Handling,
    Replied,
    Closed,
}
