// The operations of MdfActivityField.tsx: the partner's funded activities a deal may name.
import { graphql } from '../../../gql';

export const DealMdfActivitiesQuery = graphql(`
  query DealMdfActivities {
    mdfRequests(first: 100, where: { statusIn: [APPROVED, COMPLETED] }, orderBy: { field: START_DATE, direction: DESC }) {
      edges {
        node {
          id
          title
          activityType
          startDate
          status
        }
      }
    }
  }
`);
