// Cases where we deliberately give the opposite verdict to @theguild/federation-composition, with the reason.
// The corpus test expects the opposite of the recorded verdict for these (and does not compare error codes).
const twoOverrides =
  "two subgraphs @override the same non-shareable field from the same source; Apollo's federation docs: only one subgraph " +
  "can @override a given field, and both would resolve it, so we report INVALID_FIELD_SHARING; the guild library accepts it";
const emptyInputEnum =
  "an input-only enum whose merged values (the intersection) are all @inaccessible would be empty in the API schema; " +
  "we report ONLY_INACCESSIBLE_CHILDREN as Apollo's composition does; the guild library composes an invalid API schema";

const fieldSetShape =
  "a @key field set must be a valid selection on its type (leaf fields without, composite fields with a sub-selection), " +
  "as Apollo's composition reports with KEY_INVALID_FIELDS; the guild library accepts it";

export const divergences = {
  "key-leaf-with-selection": fieldSetShape,
  "key-composite-without-selection": fieldSetShape,
  "namespace-alias":
    "the guild library does not read @link(as:) for the federation spec; the link spec and Apollo's composition do, so we compose it",
  "two-overrides-of-one-field": twoOverrides,
  "shapes-87-inaccessible-value": emptyInputEnum,
};

// Cases where both compose but we deliberately differ in the API schema (the test skips the API schema and planner
// facts comparisons).
export const apiSchemaDivergences = {
  "union-member-inaccessible":
    "the guild library's API schema keeps the @inaccessible member B in union R without defining B, which is not a valid " +
    "schema; we leave B out of the union and of its possible types",
};
