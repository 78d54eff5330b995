using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    /// <summary>Two groups of fields under one response name that cannot be merged, and why.</summary>
    private sealed class Conflict
    {
        public Conflict(string responseName, string reason, FieldNode field1, FieldNode field2)
            : this(responseName, reason, [field1], [field2])
        {
        }

        private Conflict(string responseName, string reason, List<FieldNode> fields1, List<FieldNode> fields2)
        {
            ResponseName = responseName;
            Reason = reason;
            Fields1 = fields1;
            Fields2 = fields2;
        }

        public string ResponseName { get; }

        public string Reason { get; }

        public List<FieldNode> Fields1 { get; }

        public List<FieldNode> Fields2 { get; }

        /// <summary>A conflict of two fields whose sub-selections conflict; the reason lists the sub-conflicts.</summary>
        public static Conflict FromSubfields(string responseName, List<Conflict> subConflicts, FieldNode field1, FieldNode field2)
        {
            var message = new StringBuilder();
            foreach (var sub in subConflicts)
            {
                if (message.Length != 0)
                {
                    message.Append(" and ");
                }

                message.Append("subfields \"").Append(MaybeAbbreviate(sub.ResponseName)).Append("\" conflict because ").Append(sub.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                CollectNodes(field1, subConflicts, first: true),
                CollectNodes(field2, subConflicts, first: false));
        }

        public string ToMessage() =>
            $"Fields \"{MaybeAbbreviate(ResponseName)}\" conflict because {Reason}. Use different aliases on the fields to fetch both if this was intentional.";

        public List<SyntaxNode> ToNodes()
        {
            var nodes = new List<SyntaxNode>(Fields1.Count + Fields2.Count);
            nodes.AddRange(Fields1);
            nodes.AddRange(Fields2);
            return nodes;
        }

        // The field itself, then of each sub-conflict's fields on the same side the last ones that still fit.
        private static List<FieldNode> CollectNodes(FieldNode field, List<Conflict> subConflicts, bool first)
        {
            var nodes = new List<FieldNode> { field };
            foreach (var sub in subConflicts)
            {
                var side = first ? sub.Fields1 : sub.Fields2;
                var retained = Math.Min(MaxConflictNodes - nodes.Count, side.Count);
                for (var i = side.Count - retained; i < side.Count; i++)
                {
                    nodes.Add(side[i]);
                }

                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }
    }
}
