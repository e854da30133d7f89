// Relay connections as the API returns them (edges → node, totalCount, pageInfo; see docs on IDs and
// pagination).

/** The nodes of a connection, skipping null edges and nodes (a row the viewer may not read). */
export function nodes<T>(conn: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] {
  return (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

/** What a paged list needs of a connection: how many in all, the page's edges and cursors. */
export interface PagedConnection {
  totalCount: number;
  edges?: ({ node?: unknown } | null)[] | null;
  pageInfo: { hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null };
}
