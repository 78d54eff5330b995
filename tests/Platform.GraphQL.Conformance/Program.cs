using Platform.GraphQL.Conformance;

if (args.Length > 0 && args[0] == "serve")
{
    return await ConformanceServer.RunAsync(args);
}

if (args.Length > 0 && args[0] == "--report")
{
    var details = args.Contains("--details");
    var directory = args.Skip(1).FirstOrDefault(a => a != "--details") ?? CorpusFiles.FindCorpusDirectory();
    return CorpusReport.Print(directory, Console.Out, details);
}

await ConformanceRunner.RunAsync(Console.In, Console.Out);
return 0;
