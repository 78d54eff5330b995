using Platform.GraphQL.Conformance;

if (args.Length > 0 && args[0] == "--report")
{
    var corpusDirectory = args.Length > 1 ? args[1] : CorpusFiles.FindCorpusDirectory();
    return CorpusReport.Print(corpusDirectory, Console.Out);
}

await ConformanceRunner.RunAsync(Console.In, Console.Out);
return 0;
