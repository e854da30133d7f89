// The operations of RegisterDeal.tsx.
import { graphql } from '../../../gql';

export const RegisterDealContextQuery = graphql(`
  query RegisterDealContext {
    viewer {
      id
      partner {
        id
        tier {
          id
          name
          dealProtectionDays
        }
      }
    }
  }
`);
