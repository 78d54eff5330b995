using Platform.Volunteers.Domain;
using static Platform.Volunteers.Domain.TeamCategoryGroup;

namespace Platform.Volunteers.Data.Seed;

/// <summary>
/// The standard team categories, names as the seeds spell them: the standing "8" of Hebei's and Shanxi's "8+N"
/// [001 §二.一, 002 §五.一.1] and Shandong's 17 center teams [003 §三.2]. Seven are common to both lists; Shandong
/// renames 扶贫帮困 to 扶难解困 and adds ten. (Shanxi writes 文化艺术服务 for Hebei's and Shandong's 文化文艺服务.)
/// </summary>
public static class TeamCategoryCatalog
{
    public static readonly IReadOnlyList<(string Code, string Name, TeamCategoryGroup Groups)> Standard =
    [
        ("THEORY_POLICY", "理论政策宣讲", StandingEight | ShandongSeventeen),
        ("CULTURE_ARTS", "文化文艺服务", StandingEight | ShandongSeventeen),
        ("SOCIAL_SCIENCE", "社科普及惠民", ShandongSeventeen),
        ("EDUCATION_SUPPORT", "助学支教", StandingEight | ShandongSeventeen),
        ("MEDICAL_FITNESS", "医疗健身", StandingEight | ShandongSeventeen),
        ("SCIENCE_POPULARIZATION", "科学普及", StandingEight | ShandongSeventeen),
        ("LEGAL_SERVICES", "法律服务", StandingEight | ShandongSeventeen),
        ("HYGIENE_ENVIRONMENT", "卫生环保", StandingEight | ShandongSeventeen),
        ("POVERTY_RELIEF", "扶贫帮困", StandingEight),
        ("HARDSHIP_RELIEF", "扶难解困", ShandongSeventeen),
        ("CIVILITY_ADVOCACY", "文明倡导", ShandongSeventeen),
        ("PSYCHOLOGICAL_CARE", "心理关爱", ShandongSeventeen),
        ("EMERGENCY_RESCUE", "应急救援", ShandongSeventeen),
        ("CONVENIENCE_SERVICES", "便民服务", ShandongSeventeen),
        ("ELDERLY_CARE", "敬老爱老", ShandongSeventeen),
        ("MINORS_CARE", "关爱未成年人", ShandongSeventeen),
        ("HEALTHY_LIFESTYLE", "美德健康生活方式", ShandongSeventeen),
        ("CUSTOMS_REFORM", "移风易俗", ShandongSeventeen),
    ];
}
