// The operations of PartnerNotesCard.tsx: the channel team's notes on a partner (vendor only).
import { graphql } from '../../../gql';

export const PartnerNotesQuery = graphql(`
  query PartnerNotes($partnerId: ID!, $first: Int) {
    partnerNotes(first: $first, where: { partnerID: $partnerId }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          body
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export const AddPartnerNoteMutation = graphql(`
  mutation AddPartnerNote($input: AddPartnerNoteInput!) {
    addPartnerNote(input: $input) {
      note {
        id
      }
    }
  }
`);

export const DeletePartnerNoteMutation = graphql(`
  mutation DeletePartnerNote($input: DeletePartnerNoteInput!) {
    deletePartnerNote(input: $input) {
      deletedId
    }
  }
`);
