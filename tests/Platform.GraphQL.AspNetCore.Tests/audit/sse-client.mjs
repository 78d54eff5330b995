// Subscribes with the graphql-sse client ("distinct connections" mode) and prints what it received as JSON:
// { "results": [ExecutionResult...], "completed": true } or { "error": "..." }.
// Usage: node sse-client.mjs <url> <subscription document>
import { createClient } from 'graphql-sse';

const [url, query] = process.argv.slice(2);
const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
const results = [];
try {
  await new Promise((resolve, reject) => {
    client.subscribe({ query }, {
      next: (result) => results.push(result),
      error: reject,
      complete: resolve,
    });
  });
  console.log(JSON.stringify({ results, completed: true }));
} catch (error) {
  console.log(JSON.stringify({ results, error: String(error?.message ?? error) }));
} finally {
  client.dispose();
}
