// The CSV imports (docs/csv.md): each takes the file's text and a dry-run flag.
import { graphql } from '../../../gql';

export const ImportPartnersMutation = graphql(`
  mutation ImportPartners($input: ImportCsvInput!) {
    importPartners(input: $input) {
      report {
        ...ImportReportFields
      }
    }
  }
`);

export const ImportLeadsMutation = graphql(`
  mutation ImportLeads($input: ImportCsvInput!) {
    importLeads(input: $input) {
      report {
        ...ImportReportFields
      }
    }
  }
`);

export const ImportUsersMutation = graphql(`
  mutation ImportUsers($input: ImportCsvInput!) {
    importUsers(input: $input) {
      report {
        ...ImportReportFields
      }
    }
  }
`);

export const ImportExchangeRatesMutation = graphql(`
  mutation ImportExchangeRates($input: ImportCsvInput!) {
    importExchangeRates(input: $input) {
      report {
        ...ImportReportFields
      }
    }
  }
`);

export const ImportReportFragment = graphql(`
  fragment ImportReportFields on ImportReport {
    dryRun
    rows
    created
    errors {
      row
      field
      message
    }
  }
`);
