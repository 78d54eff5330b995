using Platform.Evaluation.Domain;

namespace Platform.Evaluation.Data;

/// <summary>An assessment item (评估项目, I-n): its contents' points add up to its own.</summary>
[GraphQLDescription("An assessment item (评估项目, I-n).")]
public sealed record RubricItem(
    string Code,
    string Title,
    decimal Points,
    [property: GraphQLDescription("A featured item (特色指标), scored on top of the basic points.")] bool Featured,
    IReadOnlyList<RubricContent> Contents);

/// <summary>An assessment content (评估内容, II-n) with the methods used to assess it: its standards' points add up to its own.</summary>
[GraphQLDescription("An assessment content (评估内容, II-n).")]
public sealed record RubricContent(
    string Code,
    string Title,
    decimal Points,
    [property: GraphQLDescription("How the content is assessed.")] IReadOnlyList<AssessmentMethod> Methods,
    [property: GraphQLDescription("The seed's methods cell is blank for this content, being merged with the content above; its methods are that content's.")] bool MethodsFromMergedCell,
    IReadOnlyList<RubricStandard> Standards);

/// <summary>An assessment standard (评估标准, II-n.k): what earns its points, as the rubric words it.</summary>
[GraphQLDescription("An assessment standard (评估标准): the text and the points it is worth.")]
public sealed record RubricStandard(
    [property: GraphQLDescription("The content's code and the standard's number in it, e.g. II-1.1.")] string Code,
    string Text,
    decimal Points);
