// The operations of the content library screens (docs/enablement-content.md).
import { graphql } from '../../../gql';

export const LibraryQuery = graphql(`
  query ContentLibrary(
    $search: String
    $where: ContentWhereInput
    $minTierId: ID
    $orderBy: ContentOrder = { field: PUBLISHED_AT, direction: DESC }
  ) {
    contents(first: 100, search: $search, where: $where, minTierId: $minTierId, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          title
          summary
          kind
          status
          stale
          language
          tags
          body
          externalURL
          version
          reviewBy
          partnerTypes
          minTier {
            id
            name
            rank
          }
          file {
            id
            name
            mediaType
            size
          }
        }
      }
    }
  }
`);

export const LibraryTiersQuery = graphql(`
  query ContentLibraryTiers {
    tiers(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ContentVersionsQuery = graphql(`
  query ContentVersions($id: ID!) {
    node(id: $id) {
      ... on Content {
        id
        translations {
          id
          language
          title
          summary
          body
          file {
            id
            name
            size
          }
        }
      }
    }
  }
`);

export const DownloadLinkQuery = graphql(`
  query ContentDownloadLink($id: ID!) {
    node(id: $id) {
      ... on File {
        id
        downloadUrl
      }
    }
  }
`);

export const RecordViewMutation = graphql(`
  mutation RecordContentView($input: RecordContentViewInput!) {
    recordContentView(input: $input) {
      content {
        id
      }
    }
  }
`);

export const AuthoringQuery = graphql(`
  query ContentAuthoring($from: Time!, $to: Time!) {
    tiers(first: 20, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          id
          name
          rank
        }
      }
    }
    staleContent(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          reviewBy
        }
      }
    }
    contentEngagement(from: $from, to: $to, groupBy: KIND) {
      views
      downloads
      activePartners
      rows {
        key
        label
        views
        downloads
      }
    }
  }
`);

export const CreateContentMutation = graphql(`
  mutation CreateContent($input: CreateContentInput!) {
    createContent(input: $input) {
      content {
        id
        title
      }
    }
  }
`);

export const PublishContentMutation = graphql(`
  mutation PublishContent($input: PublishContentInput!) {
    publishContent(input: $input) {
      content {
        id
        status
      }
    }
  }
`);

export const ArchiveContentMutation = graphql(`
  mutation ArchiveContent($input: ArchiveContentInput!) {
    archiveContent(input: $input) {
      content {
        id
        status
      }
    }
  }
`);

export const UpdateContentMutation = graphql(`
  mutation UpdateContent($input: UpdateContentInput!) {
    updateContent(input: $input) {
      content {
        id
        title
      }
    }
  }
`);
