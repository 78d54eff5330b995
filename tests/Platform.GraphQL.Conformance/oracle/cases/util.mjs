// Small builders so each case file reads as a table of [name, document, extras?] rows.

export function validateRows(prefix, schema, rows) {
  return rows.map(([name, query, ownSchema]) => ({ id: `${prefix}/${name}`, op: 'validate', schema: ownSchema ?? schema, query }));
}

export function executeRows(prefix, schema, rootValue, rows) {
  return rows.map(([name, query, extra = {}]) => ({
    id: `${prefix}/${name}`,
    op: 'execute',
    schema,
    query,
    ...(rootValue === undefined ? {} : { rootValue }),
    ...extra,
  }));
}

export function parseRows(prefix, rows) {
  return rows.map(([name, query]) => ({ id: `${prefix}/${name}`, op: 'parse', query }));
}

export function schemaRows(prefix, op, rows) {
  return rows.map(([name, schema]) => ({ id: `${prefix}/${name}`, op, schema }));
}
