namespace Platform.GraphQL.Conformance;

/// <summary><c>--report</c>: per-area pass counts and how many error messages match graphql-js's.</summary>
public static class CorpusReport
{
    public static int Print(string corpusDirectory, TextWriter output)
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
        return passed == cases && AreaResult.Percent(matched, messages) >= 95.0 ? 0 : 1;
    }
}
