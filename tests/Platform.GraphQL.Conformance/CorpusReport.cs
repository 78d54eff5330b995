namespace Platform.GraphQL.Conformance;

/// <summary>
/// <c>--report [--details] [corpus directory]</c>: per-area pass counts and how many error messages
/// match graphql-js's; with <c>--details</c>, the first failing cases of each area and why.
/// </summary>
public static class CorpusReport
{
    private const int DetailsPerArea = 5;
    private const int DetailLength = 240;

    public static int Print(string corpusDirectory, TextWriter output, bool details = false)
    {
        var results = new List<AreaResult>();
        foreach (var area in CorpusFiles.Areas(corpusDirectory))
        {
            results.Add(Task.Run(() => CorpusRun.RunAreaAsync(corpusDirectory, area)).GetAwaiter().GetResult());
        }

        output.WriteLine($"{"area",-24} {"cases",12} {"messages",16}");
        int cases = 0, passed = 0, messages = 0, matched = 0;
        foreach (var result in results)
        {
            output.WriteLine(
                $"{result.Area,-24} {$"{result.Passed}/{result.Cases.Count}",12} " +
                $"{$"{result.MessagesMatched}/{result.MessagesTotal}",10} {AreaResult.Percent(result.MessagesMatched, result.MessagesTotal),5:0.0}%");
            cases += result.Cases.Count;
            passed += result.Passed;
            messages += result.MessagesTotal;
            matched += result.MessagesMatched;
        }

        output.WriteLine(
            $"{"total",-24} {$"{passed}/{cases}",12} {$"{matched}/{messages}",10} {AreaResult.Percent(matched, messages),5:0.0}%");
        if (details)
        {
            PrintDetails(results, output);
        }

        return passed == cases && AreaResult.Percent(matched, messages) >= 95.0 ? 0 : 1;
    }

    private static void PrintDetails(List<AreaResult> results, TextWriter output)
    {
        foreach (var result in results)
        {
            var listed = 0;
            foreach (var comparison in result.Cases)
            {
                var reason = !comparison.Passed
                    ? comparison.Mismatches[0]
                    : comparison.MessageMismatches.Count > 0
                        ? $"message: expected \"{comparison.MessageMismatches[0].Expected}\", actual \"{comparison.MessageMismatches[0].Actual}\""
                        : null;
                if (reason is null)
                {
                    continue;
                }

                if (listed++ == 0)
                {
                    output.WriteLine();
                    output.WriteLine(result.Area);
                }

                output.WriteLine($"  {comparison.Id}: {(reason.Length <= DetailLength ? reason : reason[..DetailLength] + "…")}");
                if (listed == DetailsPerArea)
                {
                    break;
                }
            }
        }
    }
}
