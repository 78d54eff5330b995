using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public Func<SyntaxNode, VisitorAction> OnEnter { get; init; } = _ => VisitorAction.Continue;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add($"enter {node.Kind} {ancestors.Count}");
            return OnEnter(node);
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add($"leave {node.Kind}");
            return VisitorAction.Continue;
        }
    }

    private static FieldNode Field(string name, SelectionSetNode? selections = null) =>
        new() { Name = new NameNode(name), Arguments = [], Directives = [], SelectionSet = selections };

    [Fact]
    public void Visits_alias_before_name_and_children_depth_first()
    {
        var field = new FieldNode { Alias = new NameNode("a"), Name = new NameNode("b"), Arguments = [], Directives = [] };
        var recorder = new Recorder();

        SyntaxWalker.Walk(new SelectionSetNode([field]), recorder);

        Assert.Equal(
            ["enter SelectionSet 0", "enter Field 1", "enter Name 2", "leave Name", "enter Name 2", "leave Name", "leave Field", "leave SelectionSet"],
            recorder.Events);
    }

    [Fact]
    public void Skip_leaves_out_children_and_break_stops_the_walk()
    {
        var root = new SelectionSetNode([Field("x", new SelectionSetNode([Field("y")])), Field("z")]);
        var recorder = new Recorder { OnEnter = n => n is FieldNode f && f.Name.Value == "x" ? VisitorAction.Skip : n is FieldNode { Name.Value: "z" } ? VisitorAction.Break : VisitorAction.Continue };

        SyntaxWalker.Walk(root, recorder);

        Assert.Equal(["enter SelectionSet 0", "enter Field 1", "enter Field 1"], recorder.Events);
    }
}
