import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

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
      // Every selection set asks for __typename, and the types say so: code tells a Deal from a
      // Partner by `node.__typename`, never by guessing from which fields are present.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        documentMode: 'string',
        // Enums are constant objects plus a union type (`DealStatus.Approved`, `Object.values(
        // UserRole)`), so the portal never keeps its own copy of an enum's values.
        enumType: 'const',
        nonOptionalTypename: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
