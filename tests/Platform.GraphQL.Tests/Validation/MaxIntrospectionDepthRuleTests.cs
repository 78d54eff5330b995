using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.RuleHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js's MaxIntrospectionDepthRule-test.ts, with the errors graphql-js 17.1.0 reports for them.
/// </summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new MaxIntrospectionDepthRule(context);

    [Fact]
    public void DefaultIntrospectionQuery()
    {
        ExpectValid(
            Rule,
            """
            query IntrospectionQuery {
              __schema {

                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description



                  locations
                  args {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description


              fields(includeDeprecated: true) {
                name
                description
                args {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue


            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void AllOptionsIntrospectionQuery()
    {
        ExpectValid(
            Rule,
            """
            query IntrospectionQuery {
              __schema {
                description
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description
                  isRepeatable


                  locations
                  args(includeDeprecated: true) {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              specifiedByURL

              fields(includeDeprecated: true) {
                name
                description
                args(includeDeprecated: true) {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields(includeDeprecated: true) {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              isDeprecated
              deprecationReason
            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void _3FlatFieldsIntrospectionQuery()
    {
        ExpectValid(
            Rule,
            """
            {
              __type(name: "Query") {
                trueFields: fields(includeDeprecated: true) {
                  name
                }
                falseFields: fields(includeDeprecated: false) {
                  name
                }
                omittedFields: fields {
                  name
                }
              }
            }
            """);
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryFromSchema()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3InterfacesDeepIntrospectionQueryFromSchema()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  interfaces {
                    interfaces {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3PossibleTypesDeepIntrospectionQueryFromSchema()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  possibleTypes {
                    possibleTypes {
                      possibleTypes {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3InputFieldsDeepIntrospectionQueryFromSchema()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  inputFields {
                    type {
                      inputFields {
                        type {
                          inputFields {
                            type {
                              name
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryFromMultipleSchema()
    {
        ExpectErrors(
            Rule,
            """
            {
              one: __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
              two: __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
              three: __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)),
            Error("Maximum introspection depth exceeded", (17, 3)),
            Error("Maximum introspection depth exceeded", (32, 3)));
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryFromType()
    {
        ExpectErrors(
            Rule,
            """
            {
              __type(name: "Query") {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryFromMultipleType()
    {
        ExpectErrors(
            Rule,
            """
            {
              one: __type(name: "Query") {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
              two: __type(name: "Query") {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
              three: __type(name: "Query") {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)),
            Error("Maximum introspection depth exceeded", (17, 3)),
            Error("Maximum introspection depth exceeded", (32, 3)));
    }

    [Fact]
    public void _1FieldsDeepWith3FieldsIntrospectionQuery()
    {
        ExpectValid(
            Rule,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      oneFields: fields {
                        name
                      }
                      twoFields: fields {
                        name
                      }
                      threeFields: fields {
                        name
                      }
                    }
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void _3FieldsDeepFromVaryingParentsIntrospectionQuery()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          ofType {
                            fields {
                              name
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryWithInlineFragments()
    {
        ExpectErrors(
            Rule,
            """
            query test {
              __schema {
                types {
                  ... on __Type {
                    fields {
                      type {
                        ... on __Type {
                          ofType {
                            fields {
                              type {
                                ... on __Type {
                                  fields {
                                    name
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3FieldsDeepIntrospectionQueryWithFragments()
    {
        ExpectErrors(
            Rule,
            """
            query test {
              __schema {
                types {
                  ...One
                }
              }
            }

            fragment One on __Type {
              fields {
                type {
                  ...Two
                }
              }
            }

            fragment Two on __Type {
              fields {
                type {
                  ...Three
                }
              }
            }

            fragment Three on __Type {
              fields {
                name
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void _3FieldsDeepInsideInlineFragmentOnQuery()
    {
        ExpectErrors(
            Rule,
            """
            {
              ... {
                __schema { types { fields { type { fields { type { fields { name } } } } } } }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (3, 5)));
    }

    [Fact]
    public void OptsOutIfFragmentIsMissing()
    {
        ExpectValid(
            Rule,
            """
            query test {
              __schema {
                types {
                  ...Missing
                }
              }
            }
            """);
    }

    [Fact]
    public void DoesnTInfinitelyRecurseOnFragmentCycle()
    {
        ExpectValid(
            Rule,
            """
            query test {
              __schema {
                types {
                  ...Cycle
                }
              }
            }
            fragment Cycle on __Type {
              ...Cycle
            }
            """);
    }
}
