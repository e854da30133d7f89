// The operations of the webhook screens (docs/webhooks.md).
import { graphql } from '../../../gql';

export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          url
          eventTypes
          status
          failingSince
          createdAt
        }
      }
    }
    webhookEventTypes
  }
`);

// One subscription's delivery log, asked for when it is opened (on the list it would multiply the
// query's complexity by every subscription).
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      __typename
      ... on WebhookSubscription {
        id
        deliveries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              id
              eventID
              eventType
              createdAt
              status
              attempts
              lastStatusCode
              nextAttemptAt
              deliveredAt
              log {
                at
                statusCode
                error
                durationMs
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateWebhookSubscriptionMutation = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription {
        id
      }
    }
  }
`);

export const DeleteWebhookSubscriptionMutation = graphql(`
  mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {
    deleteWebhookSubscription(input: $input) {
      deletedId
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
        attempts
        nextAttemptAt
      }
    }
  }
`);
