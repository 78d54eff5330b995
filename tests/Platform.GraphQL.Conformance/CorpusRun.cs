namespace Platform.GraphQL.Conformance;

/// <summary>The comparisons of one corpus area, answered in process.</summary>
public sealed class AreaResult(string area, IReadOnlyList<CaseComparison> cases)
{
    public string Area { get; } = area;

    public IReadOnlyList<CaseComparison> Cases { get; } = cases;

    public int Passed => Cases.Count(c => c.Passed);

    public int MessagesTotal => Cases.Sum(c => c.MessagesTotal);

    public int MessagesMatched => Cases.Sum(c => c.MessagesMatched);

    public static double Percent(int matched, int total) => total == 0 ? 100.0 : 100.0 * matched / total;
}

public static class CorpusRun
{
    public static async Task<AreaResult> RunAreaAsync(string corpusDirectory, string area)
    {
        var comparisons = new List<CaseComparison>();
        foreach (var corpusCase in CorpusFiles.Load(corpusDirectory, area))
        {
            var actual = await ConformanceRunner.AnswerAsync(corpusCase.RequestLine);
            comparisons.Add(AnswerComparer.Compare(corpusCase.Id, corpusCase.ExpectedLine, actual));
        }

        return new AreaResult(area, comparisons);
    }
}
