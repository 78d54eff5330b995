using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>What a rating refers to, as federation references.</summary>
[ExtendObjectType(typeof(Rating))]
public sealed class RatingFields
{
    [GraphQLDescription("The unit the rating concerns.")]
    public OrgUnit GetUnit([Parent] Rating rating) => new(rating.UnitId);

    [GraphQLDescription("The rated activity, when an activity was rated.")]
    public Activity? GetActivity([Parent] Rating rating) => rating.Subject == RatedSubject.Activity ? new Activity(rating.SubjectId) : null;

    [GraphQLDescription("The rated service order, when an order was rated.")]
    public ServiceOrder? GetServiceOrder([Parent] Rating rating) => rating.Subject == RatedSubject.ServiceOrder ? new ServiceOrder(rating.SubjectId) : null;
}
