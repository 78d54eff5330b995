using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's KnownOperationTypesRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class KnownOperationTypesRuleTests
{



}
