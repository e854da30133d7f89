// Data fetching: TanStack Query caches, dedupes and refetches; request() (api.ts) does GraphQL.
import {
  QueryClient,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { operationName, request } from './api';
import { ApiError } from './errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Only a flaky network is worth retrying; the server's answers are final.
        retry: (count, err) => err instanceof ApiError && err.code === 'NETWORK' && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

export function useGqlQuery<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  opts: { enabled?: boolean; keepPrevious?: boolean; refetchInterval?: number } = {},
): UseQueryResult<R, Error> {
  return useQuery({
    queryKey: [operationName(doc), variables],
    queryFn: ({ signal }) => request(doc, variables, { signal }),
    enabled: opts.enabled,
    placeholderData: opts.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: opts.refetchInterval,
  });
}

/** A mutation; on success every cached query is marked stale so what is on screen catches up. */
export function useGqlMutation<R, V>(doc: TypedDocumentString<R, V>) {
  const qc = useQueryClient();
  return useMutation<R, Error, V>({
    mutationFn: (variables: V) => request(doc, variables),
    onSuccess: () => qc.invalidateQueries(),
  });
}
