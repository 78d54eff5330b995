using System.Security.Claims;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Protection;

namespace Platform.Evaluation.GraphQL;

/// <summary>What is derived from a message: its unit, and the contact phone decrypted, masked unless the caller administers the unit.</summary>
[ExtendObjectType(typeof(FeedbackMessage))]
public sealed class MessageFields
{
    [GraphQLDescription("The unit the message is addressed to.")]
    public OrgUnit GetUnit([Parent] FeedbackMessage message) => new(message.UnitId);

    [GraphQLDescription("The subject of the administrator who replied; null to anyone but the unit's administrators (and those above it).")]
    public async Task<string?> GetRepliedByAsync(
        [Parent] FeedbackMessage message, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken) =>
        message.RepliedBy is not null && await EvaluationAccess.AdministersAsync(user, message.UnitId, hierarchy, cancellationToken).ConfigureAwait(false)
            ? message.RepliedBy
            : null;

    [GraphQLDescription("The contact phone: in full to the unit's administrators (and those above it), otherwise masked (138****5678); null when none was left.")]
    public async Task<string?> GetContactPhoneAsync(
        [Parent] FeedbackMessage message, ClaimsPrincipal? user, PersonalDataProtector protector, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        if (message.PhoneCipher is null)
        {
            return null;
        }

        var phone = protector.Decrypt(message.PhoneCipher, FeedbackMutations.PhoneField);
        return await EvaluationAccess.AdministersAsync(user, message.UnitId, hierarchy, cancellationToken).ConfigureAwait(false)
            ? phone
            : ContactPhone.Mask(phone);
    }
}
