// Runs graphql-http's server audits against a GraphQL-over-HTTP endpoint and prints one JSON array:
// [{ "id", "name", "status": "ok" | "notice" | "warn" | "error", "reason"?, "body"? }].
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
const printable = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.statusCode = result.response.status;
    try {
      entry.body = await result.response.text();
    } catch {
      entry.body = null;
    }
  }
  printable.push(entry);
}

console.log(JSON.stringify(printable, null, 2));
