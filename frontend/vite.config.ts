/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const generated = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'src/gql/graphql.ts');

/**
 * In the production build, replaces each `graphql(`…`)` call with its generated document text
 * (operation plus the fragments it spreads), as graphql-codegen's babel/swc optimizer would. Without
 * it, the client preset's map of every operation is reachable from the first chunk (the session's
 * operations import `graphql`), so each screen's operations would weigh on the first load; with it,
 * an operation ships in the lazily loaded chunk of the screen that uses it. The text is taken from
 * src/gql/graphql.ts, which `npm run codegen:check` keeps in step with the sources.
 */
function inlineGraphQLDocuments(): Plugin {
  let docs = new Map<string, string>();
  return {
    name: 'partnerhub:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      docs = new Map();
      const src = readFileSync(generated, 'utf8');
      for (const m of src.matchAll(/export const (\w+?)(Document|FragmentDoc) = new TypedDocumentString\(`([^`]*)`/g)) {
        docs.set(`${m[2] === 'Document' ? 'op' : 'fragment'}:${m[1]}`, m[3]);
      }
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (file === generated) {
        // Nothing imports the document constants any more: let the bundler drop them.
        return { code: code.replaceAll('= new TypedDocumentString(', '= /*#__PURE__*/ new TypedDocumentString('), map: null };
      }
      if (!/\.tsx?$/.test(file) || file.includes(`${path.sep}src${path.sep}gql${path.sep}`) || !code.includes('graphql(`')) return null;
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_, body: string) => {
        const m = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        const text = m && docs.get(`${m[1] === 'fragment' ? 'fragment' : 'op'}:${m[2]}`);
        if (text === undefined || text === null) this.error(`no generated document for ${m?.[2] ?? 'an operation'} in ${file}: run npm run codegen`);
        return JSON.stringify(text);
      });
      return { code: out, map: null };
    },
  };
}

// `npm run dev` serves the portal with hot reload and proxies the API to a Go server started with
// `make run` (override with PARTNERHUB_API=http://host:port). Same origin through the proxy, so
// the HttpOnly refresh cookie (path /query) works as it does in production.
const api = process.env.PARTNERHUB_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [inlineGraphQLDocuments(), react()],
  build: {
    // The Go package internal/portal embeds this folder (go:embed all:dist); the build is committed
    // so that `go build` works on a clone without Node.js.
    outDir: '../internal/portal/dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/query': api,
      '/schema.graphql': api,
      '/playground': api,
      '/files': api,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
