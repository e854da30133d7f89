// The operations of the lead screens (docs/leads-and-routing.md).
import { graphql } from '../../../gql';

export const PartnerLeadsQuery = graphql(`
  query PartnerLeads {
    leads(first: 50, orderBy: { field: OFFER_DEADLINE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          company
          domain
          contactName
          country
          vertical
          interest
          estimatedValue
          currency
          source
          status
          offerDeadline
          deal {
            id
          }
        }
      }
    }
  }
`);

export const VendorLeadsQuery = graphql(`
  query VendorLeads {
    leads(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          company
          country
          region
          estimatedValue
          currency
          status
          offerDeadline
          partner {
            id
            name
          }
        }
      }
    }
    partners(first: 100, where: { status: ACTIVE }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

// The routing decisions of one lead, asked for when the channel team opens its trace (on the list
// they would multiply the query's complexity by every lead).
export const LeadTraceQuery = graphql(`
  query LeadTrace($id: ID!) {
    node(id: $id) {
      __typename
      ... on Lead {
        id
        routings {
          id
          createdAt
          cause
          outcome
          trace {
            candidates
            excluded
            winnerId
            reason
            rules {
              ruleId
              name
              kind
              required
              before
              matched
              outcome
            }
            eligible {
              partnerId
              partnerName
              weight
              openLeads
              offered
            }
          }
        }
      }
    }
  }
`);

export const AcceptLeadMutation = graphql(`
  mutation AcceptLead($input: AcceptLeadInput!) {
    acceptLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

export const DeclineLeadMutation = graphql(`
  mutation DeclineLead($input: DeclineLeadInput!) {
    declineLead(input: $input) {
      offer {
        id
        status
      }
    }
  }
`);

export const ConvertLeadMutation = graphql(`
  mutation ConvertLeadToDeal($input: ConvertLeadToDealInput!) {
    convertLeadToDeal(input: $input) {
      lead {
        id
        status
      }
      deal {
        id
      }
    }
  }
`);

export const AssignLeadMutation = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);
