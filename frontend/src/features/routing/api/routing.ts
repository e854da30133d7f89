// The operations of the routing rules editor (docs/leads-and-routing.md).
import { graphql } from '../../../gql';

export const RoutingRulesQuery = graphql(`
  query RoutingRules {
    routingRules(first: 100, orderBy: { field: POSITION, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          position
          kind
          required
          enabled
          leadCountries
          values
          minTierRank
          maxOpenLeads
        }
      }
    }
  }
`);

export const CreateRoutingRuleMutation = graphql(`
  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) {
      rule {
        id
      }
    }
  }
`);

export const UpdateRoutingRuleMutation = graphql(`
  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {
    updateRoutingRule(input: $input) {
      rule {
        id
        position
      }
    }
  }
`);

// Two rules trade places in one request, so one transaction: the order is never half changed.
export const SwapRoutingRulesMutation = graphql(`
  mutation SwapRoutingRules($a: UpdateRoutingRuleInput!, $b: UpdateRoutingRuleInput!) {
    a: updateRoutingRule(input: $a) {
      rule {
        id
        position
      }
    }
    b: updateRoutingRule(input: $b) {
      rule {
        id
        position
      }
    }
  }
`);

export const DeleteRoutingRuleMutation = graphql(`
  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
    deleteRoutingRule(input: $input) {
      deletedId
    }
  }
`);
