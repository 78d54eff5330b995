// graphql-js side of the conformance contract: one JSON request per stdin line,
// one `{"id", "result"}` line per request on stdout, in order.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import {
  buildASTSchema,
  getIntrospectionQuery,
  graphql,
  parse,
  print,
  printSchema,
  validate,
  validateSchema,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

// Only the fields of the contract, in the order graphql-js's toJSON writes them.
function errorJson(error) {
  const json = { message: error.message };
  if (error.locations !== undefined) json.locations = error.locations;
  if (error.path !== undefined) json.path = error.path;
  return json;
}

function resultJson(result) {
  const json = {};
  if (result.errors !== undefined) json.errors = result.errors.map(errorJson);
  if ('data' in result) json.data = result.data;
  return json;
}

// buildSchema, split into its steps so every SDL error is reported on its own:
// syntax error, then validateSDL's errors, then anything buildASTSchema throws, then validateSchema.
export function buildSchemaOrErrors(sdl) {
  let document;
  try {
    document = parse(sdl);
  } catch (error) {
    return { errors: [error] };
  }
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) return { errors: sdlErrors };
  let schema;
  try {
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (error) {
    return { errors: [error] };
  }
  const schemaErrors = validateSchema(schema);
  if (schemaErrors.length > 0) return { errors: schemaErrors };
  return { schema };
}

function parseOrErrors(query) {
  try {
    return { document: parse(query) };
  } catch (error) {
    return { errors: [error] };
  }
}

async function answerWithSchema(request, schema) {
  switch (request.op) {
    case 'printSchema':
      return { printed: printSchema(schema) };
    case 'validate': {
      const { document, errors } = parseOrErrors(request.query);
      return { errors: (errors ?? validate(schema, document)).map(errorJson) };
    }
    case 'execute':
      return resultJson(
        await graphql({
          schema,
          source: request.query,
          rootValue: request.rootValue,
          variableValues: request.variables,
          operationName: request.operationName,
        }),
      );
    case 'introspect':
      return resultJson(await graphql({ schema, source: introspectionQuery }));
    default:
      throw new Error(`Unknown op "${request.op}".`);
  }
}

export async function answer(request) {
  try {
    if (request.op === 'parse') {
      const { document, errors } = parseOrErrors(request.query);
      return errors ? { errors: errors.map(errorJson) } : { printed: print(document) };
    }
    const built = buildSchemaOrErrors(request.schema);
    if (built.errors) return { schemaErrors: built.errors.map(errorJson) };
    return await answerWithSchema(request, built.schema);
  } catch (error) {
    return { crash: `${error?.constructor?.name ?? 'Error'}: ${error?.message ?? String(error)}` };
  }
}

export async function answerLine(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, result: { crash: `SyntaxError: ${error.message}` } });
  }
  return JSON.stringify({ id: request.id, result: await answer(request) });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write((await answerLine(line)) + '\n');
  }
}
