// The operations of Profile.tsx.
import { graphql } from '../../../gql';

export const ProfileQuery = graphql(`
  query ProfilePage {
    viewer {
      id
      preferredLanguage
      partner {
        id
        name
        slug
        type
        status
        website
        domain
        country
        region
        verticals
        contractSignedAt
        firstDealAt
        tier {
          id
          name
          rank
        }
        manager {
          id
          name
          email
        }
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdatePartnerProfile($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        website
        domain
        country
        verticals
      }
    }
  }
`);

export const UpdatePreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      user {
        id
        preferredLanguage
      }
    }
  }
`);
