using Platform.GraphQL.Language;
using Xunit;

namespace Platform.GraphQL.Tests.Language;

public sealed class NameTableTests
{
    [Fact]
    public void Parsing_the_same_names_again_reuses_one_string_per_name()
    {
        var first = (OperationDefinitionNode)Parser.Parse("{ volunteerHours }").Definitions[0];
        var second = (OperationDefinitionNode)Parser.Parse("query { volunteerHours }").Definitions[0];

        var a = ((FieldNode)first.SelectionSet.Selections[0]).Name.Value;
        var b = ((FieldNode)second.SelectionSet.Selections[0]).Name.Value;
        Assert.Equal("volunteerHours", a);
        Assert.Same(a, b);
    }

    [Fact]
    public void Names_sharing_a_slot_each_keep_their_own_text()
    {
        // Enough distinct names to force collisions in the 4,096-slot table, each read back twice.
        var names = Enumerable.Range(0, 10_000).Select(i => "field" + i).ToArray();
        var query = "{ " + string.Join(" ", names) + " }";

        for (var round = 0; round < 2; round++)
        {
            var operation = (OperationDefinitionNode)Parser.Parse(query).Definitions[0];
            var parsed = operation.SelectionSet.Selections.Select(selection => ((FieldNode)selection).Name.Value);
            Assert.Equal(names, parsed);
        }
    }

    [Fact]
    public void Long_names_are_read_exactly()
    {
        var name = "n" + new string('x', 200);
        var operation = (OperationDefinitionNode)Parser.Parse("{ " + name + " }").Definitions[0];

        Assert.Equal(name, ((FieldNode)operation.SelectionSet.Selections[0]).Name.Value);
    }
}
