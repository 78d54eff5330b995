using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>Citizens' ratings of an activity, summed up; all activities of a request in one query.</summary>
[ExtendObjectType(typeof(Activity))]
public sealed class ActivityFeedbackFields
{
    /// <summary>Federation: any well-formed activity id resolves; whether it exists is the Activities module's to say.</summary>
    public static Activity? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new Activity(id) : null;

    [GraphQLDescription("Citizens' ratings of the activity: count, satisfied (4 or 5), satisfaction rate, average.")]
    public async Task<FeedbackSummary> GetFeedbackAsync([Parent] Activity activity, ActivityFeedbackLoader feedback, CancellationToken cancellationToken) =>
        await feedback.LoadAsync(activity.Id, cancellationToken).ConfigureAwait(false) ?? FeedbackSummary.Of(RatingCounts.None);
}
