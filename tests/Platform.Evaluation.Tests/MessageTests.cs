using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Security;
using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>
/// The complaint and suggestion box (意见箱): anyone sends a message to a unit; the unit's admins take it up, reply and
/// close it, one step at a time; the contact phone is stored encrypted and shown in full only to the unit's admins.
/// </summary>
public sealed class MessageTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private const string Start = "mutation($id: ID!) { startHandlingMessage(id: $id) { status } }";
    private const string Reply = "mutation($id: ID!, $reply: String!) { replyToMessage(id: $id, reply: $reply) { status reply repliedBy } }";
    private const string Close = "mutation($id: ID!) { closeMessage(id: $id) { status } }";
    private const string Read = "query($id: ID!) { message(id: $id) { status kind content contactPhone reply repliedBy unit { id } } }";

    private EvaluationHost Host => fixture.Host;

    private UnitTree Tree => fixture.Tree;

    [Fact]
    public async Task A_message_goes_received_handling_replied_closed_and_every_other_step_is_refused()
    {
        var id = await Host.SendMessageAsync(Message(Tree.StationA, "SUGGESTION", "希望周末开放图书室"));
        var admin = Host.Token(PlatformRoles.UnitAdmin, Tree.StationA);

        await Refused(Reply, new { id, reply = "好的" }, admin, "RECEIVED");
        await Refused(Close, new { id }, admin, "RECEIVED");
        Assert.Equal("HANDLING", (await Host.PostAsync(Start, new { id }, admin)).Ok().GetProperty("startHandlingMessage").GetProperty("status").GetString());
        await Refused(Start, new { id }, admin, "HANDLING");
        await Refused(Close, new { id }, admin, "HANDLING");
        Assert.Equal("INVALID_REPLY", (await Host.PostAsync(Reply, new { id, reply = " " }, admin)).ErrorCode());
        var replied = (await Host.PostAsync(Reply, new { id, reply = "下月起周六开放" }, admin)).Ok().GetProperty("replyToMessage");
        await Refused(Start, new { id }, admin, "REPLIED");
        await Refused(Reply, new { id, reply = "再答" }, admin, "REPLIED");
        Assert.Equal("CLOSED", (await Host.PostAsync(Close, new { id }, admin)).Ok().GetProperty("closeMessage").GetProperty("status").GetString());
        await Refused(Close, new { id }, admin, "CLOSED");
        await Refused(Start, new { id }, admin, "CLOSED");

        Assert.Equal("REPLIED", replied.GetProperty("status").GetString());
        Assert.Equal("tester-unit-admin", replied.GetProperty("repliedBy").GetString());
        var read = (await Host.PostAsync(Read, new { id })).Ok().GetProperty("message");
        Assert.Equal("下月起周六开放", read.GetProperty("reply").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("repliedBy").ValueKind);
        Assert.Equal("希望周末开放图书室", read.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Only_the_units_admins_and_those_above_handle_and_list_its_messages()
    {
        var id = await Host.SendMessageAsync(Message(Tree.StationA));
        const string List = "query($unit: ID!) { messages(unitId: $unit) { totalCount nodes { id } } }";

        foreach (var token in new[] { Host.Token(PlatformRoles.UnitAdmin, Tree.StationB), Host.Token(PlatformRoles.Volunteer) })
        {
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(Start, new { id }, token)).ErrorCode());
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(List, new { unit = Tree.StationA }, token)).ErrorCode());
        }

        Assert.Equal("UNAUTHENTICATED", (await Host.PostAsync(Start, new { id })).ErrorCode());
        Assert.Equal("RECEIVED", (await Host.PostAsync(Read, new { id })).Ok().GetProperty("message").GetProperty("status").GetString());
        var listed = (await Host.PostAsync(List, new { unit = Tree.StationA }, Host.Token(PlatformRoles.UnitAdmin, Tree.County))).Ok().GetProperty("messages");
        Assert.Contains(id, listed.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("HANDLING", (await Host.PostAsync(Start, new { id }, Host.Token(PlatformRoles.UnitAdmin, Tree.Township))).Ok()
            .GetProperty("startHandlingMessage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_contact_phone_is_encrypted_at_rest_full_for_the_units_admins_and_masked_for_everyone_else()
    {
        var id = await Host.SendMessageAsync(Message(Tree.StationB, "DEMAND", "需要上门理发", phone: "+86 139-1234-5678"));

        async Task<string?> PhoneAsync(string? token) =>
            (await Host.PostAsync(Read, new { id }, token)).Ok().GetProperty("message").GetProperty("contactPhone").GetString();

        Assert.Equal("13912345678", await PhoneAsync(Host.Token(PlatformRoles.UnitAdmin, Tree.StationB)));
        Assert.Equal("13912345678", await PhoneAsync(Host.Token(PlatformRoles.UnitAdmin, Tree.County)));
        Assert.Equal("13912345678", await PhoneAsync(Host.Platform()));
        Assert.Equal("139****5678", await PhoneAsync(null));
        Assert.Equal("139****5678", await PhoneAsync(Host.Token(PlatformRoles.UnitAdmin, Tree.StationA)));
        Assert.Equal("139****5678", await PhoneAsync(Host.Token(PlatformRoles.Volunteer)));
        await using var db = Host.CreateDbContext();
        var stored = await db.Messages.SingleAsync(m => m.Id == id);
        Assert.NotNull(stored.PhoneCipher);
        Assert.DoesNotContain("5678", Encoding.Latin1.GetString(stored.PhoneCipher!));
        Assert.DoesNotContain("5678", Convert.ToHexString(stored.PhoneCipher!));
    }

    [Theory]
    [InlineData("12345", "INVALID_PHONE")]
    [InlineData("1391234567x", "INVALID_PHONE")]
    [InlineData("0351-1234567", null)]
    public async Task A_contact_phone_must_be_a_mobile_or_landline_number(string phone, string? code)
    {
        var response = await Host.PostAsync(SendMessageMutation, new { input = Message(Tree.StationA, phone: phone) });

        if (code is null)
        {
            Assert.Equal("035****4567", response.Ok().GetProperty("sendMessage").GetProperty("contactPhone").GetString());
        }
        else
        {
            Assert.Equal(code, response.ErrorCode());
        }
    }

    [Fact]
    public async Task An_empty_message_or_a_malformed_unit_is_refused()
    {
        Assert.Equal("INVALID_MESSAGE", (await Host.PostAsync(SendMessageMutation, new { input = Message(Tree.StationA, content: "  ") })).ErrorCode());
        Assert.Equal("INVALID_ID", (await Host.PostAsync(SendMessageMutation, new { input = Message("station") })).ErrorCode());
        Assert.Equal(JsonValueKind.Null, (await Host.PostAsync(Read, new { id = UnitTree.NewId() })).Ok().GetProperty("message").ValueKind);
    }

    private async Task Refused(string mutation, object variables, string token, string statusAfter)
    {
        var id = (string)variables.GetType().GetProperty("id")!.GetValue(variables)!;
        Assert.Equal("INVALID_TRANSITION", (await Host.PostAsync(mutation, variables, token)).ErrorCode());
        Assert.Equal(statusAfter, (await Host.PostAsync(Read, new { id })).Ok().GetProperty("message").GetProperty("status").GetString());
    }
}
