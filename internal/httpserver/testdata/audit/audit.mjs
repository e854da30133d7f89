// Runs the graphql-http server audit (GraphQL-over-HTTP conformance) against a running server.
//
//   node audit.mjs http://127.0.0.1:8080/query
//
// AUDIT_TOKEN, when set, is sent as a bearer credential with every request (so the audit can run
// against a production-mode server, where introspection needs a signed-in caller).
//
// Prints one JSON array of {id, name, status, reason} to stdout (status: ok, notice for a failing
// MAY, warn for a failing SHOULD, error for a failing MUST) and a summary to stderr. Exits 1 when
// any MUST fails; audit_test.go reads the JSON and decides about the rest.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}
const token = process.env.AUDIT_TOKEN;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    let body = '';
    try {
      body = await result.response.text();
    } catch {
      // The audit may have read the body already.
    }
    entry.reason = result.reason;
    entry.responseStatus = result.response.status;
    entry.responseBody = body.slice(0, 500);
  }
  results.push(entry);
}

const count = (status) => results.filter((r) => r.status === status).length;
console.error(
  `graphql-http audit of ${url}: ${count('ok')} ok, ${count('notice')} notice (MAY), ` +
    `${count('warn')} warn (SHOULD), ${count('error')} error (MUST)`,
);
for (const r of results.filter((r) => r.status !== 'ok')) {
  console.error(`  ${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}`);
}
console.log(JSON.stringify(results, null, 2));
process.exit(count('error') > 0 ? 1 : 0);
