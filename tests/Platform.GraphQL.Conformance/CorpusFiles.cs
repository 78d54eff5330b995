namespace Platform.GraphQL.Conformance;

/// <summary>One corpus case: the request line and graphql-js's answer line for it.</summary>
public sealed record CorpusCase(string Id, string RequestLine, string ExpectedLine);

/// <summary>
/// The corpus: <c>&lt;area&gt;.jsonl</c> request files, each with a <c>&lt;area&gt;.expected.jsonl</c>
/// of graphql-js answers in the same order.
/// </summary>
public static class CorpusFiles
{
    private const string ExpectedSuffix = ".expected.jsonl";

    /// <summary>
    /// <c>corpus/</c> beside the running assembly (the test output), else the source tree's
    /// <c>tests/Platform.GraphQL.Conformance/corpus</c> above the current directory.
    /// </summary>
    public static string FindCorpusDirectory()
    {
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, "corpus");
        if (Directory.Exists(besideAssembly))
        {
            return besideAssembly;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { "corpus", Path.Combine("tests", "Platform.GraphQL.Conformance", "corpus") })
            {
                var path = Path.Combine(directory.FullName, candidate);
                if (Directory.Exists(path) && Directory.EnumerateFiles(path, "*" + ExpectedSuffix).Any())
                {
                    return path;
                }
            }
        }

        throw new DirectoryNotFoundException("No conformance corpus directory found.");
    }

    /// <summary>Area names (file names without <c>.jsonl</c>) that have both requests and expected answers.</summary>
    public static IReadOnlyList<string> Areas(string corpusDirectory)
    {
        var areas = new List<string>();
        foreach (var expectedFile in Directory.EnumerateFiles(corpusDirectory, "*" + ExpectedSuffix))
        {
            var name = Path.GetFileName(expectedFile);
            var area = name[..^ExpectedSuffix.Length];
            if (File.Exists(Path.Combine(corpusDirectory, area + ".jsonl")))
            {
                areas.Add(area);
            }
        }

        areas.Sort(StringComparer.Ordinal);
        return areas;
    }

    public static IReadOnlyList<CorpusCase> Load(string corpusDirectory, string area)
    {
        var requests = NonEmptyLines(Path.Combine(corpusDirectory, area + ".jsonl"));
        var expected = NonEmptyLines(Path.Combine(corpusDirectory, area + ExpectedSuffix));
        if (requests.Count != expected.Count)
        {
            throw new InvalidDataException(
                $"Area \"{area}\": {requests.Count} requests but {expected.Count} expected answers; regenerate the corpus.");
        }

        var cases = new List<CorpusCase>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var id = AnswerComparer.IdOf(requests[i]);
            if (id != AnswerComparer.IdOf(expected[i]))
            {
                throw new InvalidDataException($"Area \"{area}\", line {i + 1}: expected answer is not for request \"{id}\".");
            }

            cases.Add(new CorpusCase(id, requests[i], expected[i]));
        }

        return cases;
    }

    private static List<string> NonEmptyLines(string path)
    {
        var lines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
