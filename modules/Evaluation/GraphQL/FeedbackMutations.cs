using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Protection;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// Citizens' feedback: ratings of activities and service orders, messages to the complaint and suggestion box (anyone
/// may send them, signed in or not), and the unit's handling of messages (its administrators only).
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class FeedbackMutations
{
    public const string PhoneField = "message_contact_phone";

    [GraphQLDescription("Rates an activity (群众评单). A signed-in rater rates each activity once.")]
    public Task<Rating> RateActivityAsync(RatingInput input, ClaimsPrincipal? user, EvaluationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RateAsync(RatedSubject.Activity, input, user, db, clock, cancellationToken);

    [GraphQLDescription("Rates a service order (群众评单). A signed-in rater rates each order once.")]
    public Task<Rating> RateServiceOrderAsync(RatingInput input, ClaimsPrincipal? user, EvaluationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RateAsync(RatedSubject.ServiceOrder, input, user, db, clock, cancellationToken);

    [GraphQLDescription("Sends a complaint, suggestion or demand to a unit. The answer's id is the sender's tracking number.")]
    public async Task<FeedbackMessage> SendMessageAsync(
        MessageInput input, EvaluationDbContext db, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        EvaluationErrors.EnsureId(input.UnitId, "a unit");
        if (input.ProjectId is not null)
        {
            EvaluationErrors.EnsureId(input.ProjectId, "a project");
        }

        var content = FeedbackRules.MessageText(input.Content);
        var phone = string.IsNullOrWhiteSpace(input.ContactPhone) ? null : ContactPhone.Normalize(input.ContactPhone);
        var now = clock.GetUtcNow();
        var message = new FeedbackMessage
        {
            Id = EntityIds.New(),
            UnitId = input.UnitId,
            ProjectId = input.ProjectId,
            Kind = input.Kind,
            Content = content,
            PhoneCipher = phone is null ? null : protector.Encrypt(phone, PhoneField),
            Status = MessageStatus.Received,
            CreatedAt = now,
            UpdatedAt = now,
            Period = HalfYearPeriod.Of(now),
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return message;
    }

    [GraphQLDescription("The unit takes a received message up (received → handling).")]
    public Task<FeedbackMessage> StartHandlingMessageAsync(
        [ID] string id, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        HandleAsync(id, user, db, hierarchy, clock, message => message.Status = MessageTransitions.StartHandling(message.Status), cancellationToken);

    [GraphQLDescription("The unit replies to a message it is handling (handling → replied).")]
    public Task<FeedbackMessage> ReplyToMessageAsync(
        [ID] string id, string reply, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        HandleAsync(id, user, db, hierarchy, clock, message =>
        {
            (message.Status, message.Reply) = MessageTransitions.Reply(message.Status, reply);
            message.RepliedBy = EvaluationMutation.Subject(user!);
        }, cancellationToken);

    [GraphQLDescription("Closes a replied message (replied → closed).")]
    public Task<FeedbackMessage> CloseMessageAsync(
        [ID] string id, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken) =>
        HandleAsync(id, user, db, hierarchy, clock, message => message.Status = MessageTransitions.Close(message.Status), cancellationToken);

    private static async Task<Rating> RateAsync(
        RatedSubject subject, RatingInput input, ClaimsPrincipal? user, EvaluationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var what = subject == RatedSubject.Activity ? "an activity" : "a service order";
        EvaluationErrors.EnsureId(input.SubjectId, what);
        EvaluationErrors.EnsureId(input.UnitId, "a unit");
        if (input.ProjectId is not null)
        {
            EvaluationErrors.EnsureId(input.ProjectId, "a project");
        }

        var score = FeedbackRules.Score(input.Score);
        var comment = FeedbackRules.Comment(input.Comment);
        var rater = user?.Identity?.IsAuthenticated == true ? EvaluationMutation.Subject(user) : null;
        if (rater is not null
            && await db.Ratings.AnyAsync(r => r.Subject == subject && r.SubjectId == input.SubjectId && r.Rater == rater, cancellationToken).ConfigureAwait(false))
        {
            throw Duplicate(what);
        }

        var now = clock.GetUtcNow();
        var rating = new Rating
        {
            Id = EntityIds.New(),
            Subject = subject,
            SubjectId = input.SubjectId,
            UnitId = input.UnitId,
            ProjectId = input.ProjectId,
            Score = score,
            Comment = comment,
            Rater = rater,
            CreatedAt = now,
            Period = HalfYearPeriod.Of(now),
        };
        db.Ratings.Add(rating);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error, "ux_ratings_subject_rater"))
        {
            throw Duplicate(what);
        }

        return rating;
    }

    private static async Task<FeedbackMessage> HandleAsync(
        string id, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock,
        Action<FeedbackMessage> change, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "handle a message");
        EvaluationErrors.EnsureId(id, "a message");
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw EvaluationErrors.Create(EvaluationErrors.MessageNotFound, $"No message has the id \"{id}\".");
        await EvaluationAccess.EnsureAdministersAsync(user, message.UnitId, "handle its messages", hierarchy, cancellationToken).ConfigureAwait(false);
        change(message);
        message.UpdatedAt = clock.GetUtcNow();
        message.Version++;
        await AssessmentLookup.SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return message;
    }

    private static GraphQLError Duplicate(string what) =>
        EvaluationErrors.Create(EvaluationErrors.DuplicateRating, $"You have rated this {what[(what.IndexOf(' ') + 1)..]} already.");
}
