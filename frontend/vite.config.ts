/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the portal with hot reload and proxies the API to a Go server started with
// `make run` (override with PARTNERHUB_API=http://host:port). Same origin through the proxy, so
// the HttpOnly refresh cookie (path /query) works as it does in production.
const api = process.env.PARTNERHUB_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
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
