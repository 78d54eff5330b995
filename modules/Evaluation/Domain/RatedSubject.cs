namespace Platform.Evaluation.Domain;

/// <summary>What a citizen rates (群众评单): an activity or a service order, both owned by the Activities module.</summary>
public enum RatedSubject
{
    Activity,
    ServiceOrder,
}
