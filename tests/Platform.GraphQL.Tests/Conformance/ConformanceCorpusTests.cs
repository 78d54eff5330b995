using System.Collections.Concurrent;
using System.Text;
using Platform.GraphQL.Conformance;
using Xunit.Abstractions;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// The differential corpus: every request answered by the engine in process and compared with
/// graphql-js 17.1.0's recorded answer (tests/Platform.GraphQL.Conformance/oracle regenerates both).
/// </summary>
public sealed class ConformanceCorpusTests(ITestOutputHelper output)
{
    private const double RequiredMessagePercent = 95.0;
    private const int ListedFailures = 10;

    private static readonly string CorpusDirectory = CorpusFiles.FindCorpusDirectory();
    private static readonly ConcurrentDictionary<string, Lazy<Task<AreaResult>>> Results = new();

    public static TheoryData<string> Areas()
    {
        var areas = new TheoryData<string>();
        foreach (var area in CorpusFiles.Areas(CorpusDirectory))
        {
            areas.Add(area);
        }

        return areas;
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task Area_answers_have_the_structure_graphql_js_gives(string area)
    {
        var result = await RunAsync(area);
        output.WriteLine(
            $"{area}: {result.Passed}/{result.Cases.Count} cases, messages {result.MessagesMatched}/{result.MessagesTotal} " +
            $"({AreaResult.Percent(result.MessagesMatched, result.MessagesTotal):0.0}%)");

        var failures = new StringBuilder();
        var failed = 0;
        foreach (var comparison in result.Cases)
        {
            if (comparison.Passed)
            {
                continue;
            }

            if (++failed <= ListedFailures)
            {
                failures.Append("\n- ").Append(comparison.Id).Append(": ").AppendJoin("; ", comparison.Mismatches);
            }
        }

        Assert.True(failed == 0, $"{failed} of {result.Cases.Count} cases in \"{area}\" differ from graphql-js:{failures}");
    }

    [Fact]
    public async Task Error_messages_match_graphql_js_for_at_least_95_percent()
    {
        int total = 0, matched = 0;
        var mismatches = new StringBuilder();
        var listed = 0;
        foreach (var area in CorpusFiles.Areas(CorpusDirectory))
        {
            var result = await RunAsync(area);
            total += result.MessagesTotal;
            matched += result.MessagesMatched;
            foreach (var comparison in result.Cases)
            {
                foreach (var mismatch in comparison.MessageMismatches)
                {
                    if (++listed <= ListedFailures)
                    {
                        mismatches.Append($"\n- {comparison.Id}: expected \"{mismatch.Expected}\", actual ")
                            .Append(mismatch.Actual is null ? "(no message left)" : $"\"{mismatch.Actual}\"");
                    }
                }
            }
        }

        var percent = AreaResult.Percent(matched, total);
        output.WriteLine($"error messages matching graphql-js: {matched}/{total} ({percent:0.0}%)");
        Assert.True(total > 0, "The corpus has no error messages to compare.");
        Assert.True(
            percent >= RequiredMessagePercent,
            $"Only {matched}/{total} ({percent:0.0}%) error messages match graphql-js:{mismatches}");
    }

    private static Task<AreaResult> RunAsync(string area) =>
        Results.GetOrAdd(area, a => new Lazy<Task<AreaResult>>(() => CorpusRun.RunAreaAsync(CorpusDirectory, a))).Value;
}
