using System.Text;

namespace Platform.GraphQL.Tests.Fuzz;

/// <summary>Makes random and mutated GraphQL documents from seeds, deterministically for a given seed.</summary>
internal sealed class DocumentMutator
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", "\"", "\"\"\"", "#", ",", "\n", " ",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input",
        "scalar", "schema", "extend", "directive", "repeatable", "implements", "true", "false", "null",
        "__typename", "__schema", "__type(name: \"Query\")", "id", "name", "unit", "children", "first: 3",
        "0", "-1", "1.5e10", "0x1", "01", "1.", ".5", "\\u{1F600}", "\\uD83D", "\u00e9", "\u4e2d\u6587", "\uFEFF",
        "$var", "$var: Int = 1", "@include(if: true)", "@skip(if: $s)", "... on OrgUnit", "...Frag",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _seeds;

    public DocumentMutator(int seed, IReadOnlyList<string> seeds)
    {
        _random = new Random(seed);
        _seeds = seeds;
    }

    public string Next() => _random.Next(10) switch
    {
        0 => RandomTokens(),
        1 => DeepNesting(),
        _ => Mutate(_seeds[_random.Next(_seeds.Count)]),
    };

    private string Mutate(string seed)
    {
        var text = new StringBuilder(seed);
        var mutations = 1 + _random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            var at = _random.Next(text.Length + 1);
            switch (_random.Next(6))
            {
                case 0:
                    text.Remove(at, Math.Min(_random.Next(1, 12), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text.Insert(at, (char)_random.Next(0, 0x3000));
                    break;
                case 3:
                    var length = Math.Min(_random.Next(1, 40), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 4:
                    text.Length = at;
                    break;
                default:
                    if (at < text.Length)
                    {
                        text[at] = (char)_random.Next(32, 127);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private string RandomTokens()
    {
        var text = new StringBuilder();
        var count = _random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            text.Append(Fragments[_random.Next(Fragments.Length)]).Append(' ');
        }

        return text.ToString();
    }

    private string DeepNesting()
    {
        var depth = _random.Next(50, 12_000);
        var (open, close) = _random.Next(4) switch
        {
            0 => ("{ a ", "}"),
            1 => ("[", "]"),
            2 => ("{a:", "}"),
            _ => ("[", ""),
        };
        var prefix = _random.Next(2) == 0 ? "query { f(x: " : "{ f ";
        return prefix + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));
    }
}
