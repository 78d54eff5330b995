namespace Platform.GraphQL.Tests.Language;

/// <summary>Inputs of the printer tests and what graphql-js 17.1.0 <c>print</c> makes of them, split by concern.</summary>
internal static partial class PrinterTestCases
{
    private static Dictionary<string, (string Source, string Expected)>? s_documents;

    // Built on first use: static initializers in other partial files run in no defined order relative to this one.
    public static IReadOnlyDictionary<string, (string Source, string Expected)> Documents =>
        s_documents ??= Merge(KitchenSinkDocuments, ExecutableDocuments, TypeSystemDocuments);

    private static Dictionary<string, (string Source, string Expected)> Merge(params Dictionary<string, (string Source, string Expected)>[] parts)
    {
        var all = new Dictionary<string, (string Source, string Expected)>();
        foreach (var part in parts)
        {
            foreach (var (name, testCase) in part)
            {
                all.Add(name, testCase);
            }
        }

        return all;
    }
}
