namespace Platform.Organization.Domain;

/// <summary>A leadership post of a practice unit and the office that holds it ex officio.</summary>
/// <param name="Title">The post (中心主任 …).</param>
/// <param name="HeldBy">Who holds it by rule.</param>
/// <param name="Duty">What the post does.</param>
[GraphQLDescription("A leadership post of a practice unit and the office that holds it ex officio.")]
public sealed record LeadershipRole(
    [property: GraphQLDescription("The post, as the plan names it (中心主任, 所长, 站长, …).")] string Title,
    [property: GraphQLDescription("The office that holds the post ex officio.")] string HeldBy,
    [property: GraphQLDescription("What the post does, in English.")] string Duty);

/// <summary>The leadership of centers, institutes and stations as seed 002 §三 prescribes it.</summary>
public static class LeadershipRoles
{
    private static readonly LeadershipRole[] Center =
    [
        new("中心主任", "县(市、区)委书记", "center director (county party secretary)"),
        new("统筹协调", "县(市、区)委副书记", "coordinates the center's work (deputy party secretary)"),
        new("办公室主任", "宣传部长", "office director (head of the propaganda department)"),
    ];

    private static readonly LeadershipRole[] Institute =
    [
        new("所长", "乡镇(街道)党(工)委主要负责同志", "institute head (township party head)"),
        new("日常工作", "宣传委员", "runs the institute's daily work (propaganda committee member)"),
    ];

    private static readonly LeadershipRole[] Station =
    [
        new("站长", "行政村(社区)党组织主要负责同志", "station head (village or community party head)"),
    ];

    public static IReadOnlyList<LeadershipRole> For(OrgLevel level) => level switch
    {
        OrgLevel.County => Center,
        OrgLevel.Township => Institute,
        OrgLevel.Village => Station,
        _ => [],
    };
}
