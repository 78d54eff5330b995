namespace Platform.Activities.Domain;

/// <summary>The kinds of service an activity offers (seed 001 §二.二).</summary>
public enum ServiceKind
{
    /// <summary>Thematic service around a theme or campaign (主题性).</summary>
    Thematic,

    /// <summary>Service for a need most residents share (共需性).</summary>
    CommonNeed,

    /// <summary>Service for the differing needs of particular residents (差异性).</summary>
    Differentiated,

    /// <summary>Service for special groups: the elderly, children left behind, the disabled (特殊性).</summary>
    SpecialGroups,
}
