import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types come from the committed SDL (../graph/*.graphql, the same files the Go server
// serves at /schema.graphql), so codegen works offline and without a running server.
// `npm run codegen:check` regenerates into a temporary folder (CODEGEN_OUT) and diffs.
const out = process.env.CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: '../graph/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        // Enums are constant objects plus a union type (`DealStatus.Approved`, `Object.values(
        // UserRole)`), so the portal never keeps its own copy of an enum's values.
        enumType: 'const',
        // `__typename` is typed only where an operation selects it, and then it is required: code
        // that must tell a Deal from a Partner (node(id:) lookups) selects it and tests it, never
        // guesses from which fields are present. Not added to every selection: it counts toward
        // the server's query complexity (the approval queue would exceed the limit).
        nonOptionalTypename: false,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;
