using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>How many of a unit's activities took place (published or completed) in a year, by practice content.</summary>
[GraphQLDescription("A unit's activities in a year (China time) by practice content: published or completed, cancelled and drafts not counted.")]
public sealed record ActivityCounts(int Year, int Total, IReadOnlyList<ActivityContentCount> ByContent)
{
    /// <summary>Shandong: every center, institute and station holds at least 12 activities a year (seed 003 §四.7).</summary>
    public const int YearlyMinimum = 12;

    /// <summary>Of which theory lectures: at least 4 in urban communities, at least 2 in rural villages (seed 003 §四.7).</summary>
    public const int CommunityTheoryMinimum = 4;

    public const int RuralTheoryMinimum = 2;

    [GraphQLDescription("Theory lectures: activities of the content STUDY_THEORY.")]
    public int TheoryLectures => ByContent.Single(count => count.Content == PracticeContent.StudyTheory).Count;

    [GraphQLDescription("At least 12 activities in the year (seed 003 §四.7).")]
    public bool MeetsYearlyMinimum => Total >= YearlyMinimum;

    [GraphQLDescription("At least 4 theory lectures: the quota of an urban community (seed 003 §四.7).")]
    public bool MeetsCommunityTheoryQuota => TheoryLectures >= CommunityTheoryMinimum;

    [GraphQLDescription("At least 2 theory lectures: the quota of a rural village (seed 003 §四.7).")]
    public bool MeetsRuralTheoryQuota => TheoryLectures >= RuralTheoryMinimum;

    public static ActivityCounts Of(int year, IReadOnlyDictionary<PracticeContent, int> counts)
    {
        var byContent = Enum.GetValues<PracticeContent>().Select(content => new ActivityContentCount(content, counts.GetValueOrDefault(content))).ToList();
        return new ActivityCounts(year, byContent.Sum(count => count.Count), byContent);
    }
}

/// <summary>The number of activities of one practice content.</summary>
public sealed record ActivityContentCount(PracticeContent Content, int Count);
