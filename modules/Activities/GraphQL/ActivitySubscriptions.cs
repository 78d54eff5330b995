using System.Runtime.CompilerServices;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>Newly published public activities as they happen (over Server-Sent Events).</summary>
[ExtendObjectType("Subscription")]
public sealed class ActivitySubscriptions
{
    /// <summary>Checks the arguments before the stream starts, so a bad one is a request error rather than a broken stream.</summary>
    [GraphQLDescription("Each public activity when it is published, optionally only in a unit's subtree or of one practice content.")]
    public IAsyncEnumerable<PublicActivity> ActivityPublished(
        ActivityPublications publications, CancellationToken cancellationToken, [ID] string? region = null, PracticeContent? content = null)
    {
        if (region is not null)
        {
            ActivityErrors.EnsureId(region, "a unit");
        }

        return MatchingAsync(publications, region, content, cancellationToken);
    }

    private static async IAsyncEnumerable<PublicActivity> MatchingAsync(
        ActivityPublications publications, string? region, PracticeContent? content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var publication in publications.ListenAsync(cancellationToken).ConfigureAwait(false))
        {
            if ((region is null || publication.Regions.Contains(region)) && (content is null || publication.Activity.Content == content))
            {
                yield return publication.Activity;
            }
        }
    }
}
