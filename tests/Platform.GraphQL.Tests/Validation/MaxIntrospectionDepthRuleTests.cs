using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>graphql-js's MaxIntrospectionDepthRule-test.ts cases; expected errors generated with graphql-js 17.1.0.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRuleFactory MaxIntrospectionDepth = context => new MaxIntrospectionDepthRule(context);

    [Fact]
    public void Default_introspection_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void All_options_introspection_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_flat_fields_introspection_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_from_schema()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_interfaces_deep_introspection_query_from_schema()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_possibleTypes_deep_introspection_query_from_schema()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_inputFields_deep_introspection_query_from_schema()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_from_multiple_schema()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_from_type()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_from_multiple_type()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _1_fields_deep_with_3_fields_introspection_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_from_varying_parents_introspection_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_with_inline_fragments()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_introspection_query_with_fragments()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void _3_fields_deep_inside_inline_fragment_on_query()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void Opts_out_if_fragment_is_missing()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
    public void Doesn_t_infinitely_recurse_on_fragment_cycle()
    {
        ExpectErrors(
            MaxIntrospectionDepth,
            TestSchema,
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
