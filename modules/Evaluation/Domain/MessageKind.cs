namespace Platform.Evaluation.Domain;

/// <summary>What a message to the complaint and suggestion box (意见箱) is.</summary>
public enum MessageKind
{
    /// <summary>投诉: something went wrong.</summary>
    Complaint,

    /// <summary>建议: how something could be better.</summary>
    Suggestion,

    /// <summary>需求/心愿: a service or activity the citizen wants; counted in the demand figures.</summary>
    Demand,
}
