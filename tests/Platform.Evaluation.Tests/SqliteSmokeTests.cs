using Platform.Hosting.Security;
using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>Without a connection string the module runs on its embedded SQLite file: seeded, assessed, rated and messaged.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "evaluation-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_module_seeds_the_rubric_scores_rates_and_lists_messages_on_sqlite()
    {
        await using var host = await EvaluationHost.StartSqliteAsync(_directory);
        var unit = UnitTree.NewId();

        var id = (await host.CreateAssessmentAsync(unit, "2026-H1")).GetProperty("id").GetString()!;
        var scored = await host.ScoreAllAsync(id, (_, points) => points);
        await host.RateActivityAsync(UnitTree.NewId(), unit, 4);
        await host.SendMessageAsync(Message(unit, phone: "13800001111"));
        await host.SendMessageAsync(Message(unit, "DEMAND"));
        var messages = (await host.PostAsync("query($unit: ID!) { messages(unitId: $unit) { totalCount nodes { contactPhone } } }", new { unit }, host.Token(PlatformRoles.PlatformAdmin)))
            .Ok().GetProperty("messages");

        Assert.True(File.Exists(Path.Combine(_directory, EvaluationModule.DatabaseName + ".db")));
        Assert.Equal(110, scored.GetProperty("total").GetDouble());
        Assert.Equal(2, messages.GetProperty("totalCount").GetInt32());
        Assert.Contains("13800001111", messages.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("contactPhone").GetString()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
