import type { ReactNode } from 'react';
import { nodes, type PagedConnection } from '../lib/connection';
import { pageWindow, type useListParams } from '../lib/listParams';
import type { CsvExport } from '../lib/api';
import { ExportButton } from './ExportButton';
import { ErrorState, SkeletonRows } from './States';
import { Pagination } from './Table';

/** The state of the query behind a list, as TanStack Query reports it. */
interface ListQuery {
  isError: boolean;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * One page of a connection as a table: the error (with retry), a skeleton while the first page
 * loads, `empty` when there are no rows, else the table (`children` are its head and body), and
 * the "21–40 of 57" footer with previous and next whenever there is something to page through.
 */
export function ConnectionTable({
  query,
  connection,
  list,
  noun,
  skeleton,
  empty,
  tableClassName = 'table table-cards',
  busy = false,
  csv,
  children,
}: {
  query: ListQuery;
  connection: PagedConnection | undefined;
  list: ReturnType<typeof useListParams>;
  /** Plural, for the footer: "1–20 of 57 partners". */
  noun: string;
  skeleton: { rows: number; columns: number };
  empty: ReactNode;
  tableClassName?: string;
  /** Mark the table aria-busy while a new page or filter loads (lists that keep the old rows). */
  busy?: boolean;
  /** The whole list as CSV, with the filters on screen (an "Export CSV" button under the table). */
  csv?: CsvExport;
  children: ReactNode;
}) {
  const count = nodes(connection).length;
  return (
    <>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <SkeletonRows rows={skeleton.rows} columns={skeleton.columns} />
      ) : count === 0 ? (
        empty
      ) : (
        <div className="table-wrap" aria-busy={busy ? query.isFetching : undefined}>
          <table className={tableClassName}>{children}</table>
        </div>
      )}
      {!query.isError && (connection?.totalCount ?? 0) > 0 && (
        <Pagination
          {...pageWindow(list, connection)}
          noun={noun}
          busy={query.isFetching}
          onNext={() => list.goNext(connection?.pageInfo.endCursor)}
          onPrevious={() => list.goPrevious(connection?.pageInfo.startCursor)}
        />
      )}
      {csv && !query.isError && (connection?.totalCount ?? 0) > 0 && <ExportButton csv={csv} />}
    </>
  );
}
