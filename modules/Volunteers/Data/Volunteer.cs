using Platform.GraphQL.Federation;

namespace Platform.Volunteers.Data;

/// <summary>
/// A registered volunteer. The ID-card number and phone are stored only encrypted (AES-GCM), with a keyed hash of the
/// ID-card number for uniqueness; the GraphQL fields for them (see <c>VolunteerFields</c>) decrypt and mask by caller.
/// </summary>
[Key("id")]
[GraphQLDescription("A registered volunteer (实名注册志愿者).")]
public sealed class Volunteer
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("The national volunteer number (全国志愿服务信息系统编号), when the volunteer has one.")]
    public string? NationalNumber { get; set; }

    public required string RealName { get; set; }

    [GraphQLDescription("Whether the volunteer is a member of the Communist Party of China.")]
    public bool PartyMember { get; set; }

    public List<string> Skills { get; set; } = [];

    public DateTimeOffset RegisteredAt { get; init; }

    [GraphQLIgnore]
    public required string HomeUnitId { get; set; }

    [GraphQLIgnore]
    public required byte[] IdCardCipher { get; set; }

    /// <summary>HMAC-SHA256 of the normalized ID-card number under the data key: unique, and useless without the key.</summary>
    [GraphQLIgnore]
    public required byte[] IdCardHash { get; set; }

    [GraphQLIgnore]
    public required byte[] PhoneCipher { get; set; }

    [GraphQLIgnore]
    public long PointsBalance { get; set; }

    /// <summary>Whether any current, unrevoked service record gives the volunteer time; kept by every service-record write.</summary>
    [GraphQLIgnore]
    public bool HasHours { get; set; }

    /// <summary>Bumped by every write that must see the volunteer's records consistently (the row lock serializes them).</summary>
    [GraphQLIgnore]
    public int WriteSequence { get; set; }
}
