using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor that sees the document in a single walk shared with the other rules and reports
/// errors to its context. A fresh instance serves one validation run, so a rule may keep state in fields.
/// Returning <see cref="VisitorAction.Skip"/> from <see cref="SyntaxVisitor.Enter"/> skips the node's subtree for
/// this rule only; <see cref="VisitorAction.Break"/> stops this rule for the rest of the walk.
/// </summary>
public abstract class ValidationRule : SyntaxVisitor
{
    /// <summary>The kinds of node this rule's Enter and Leave are called for; others pass it by.</summary>
    public virtual SyntaxKindSet VisitedKinds => SyntaxKindSet.All;
}

/// <summary>Creates a rule for one run of <see cref="Validator.Validate(Types.Schema, DocumentNode)"/>.</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);

/// <summary>Creates a rule for one run of <see cref="Validator.ValidateSdl"/>.</summary>
public delegate ValidationRule SdlValidationRuleFactory(SdlValidationContext context);
