import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PagedConnection } from '../lib/connection';
import { useListParams } from '../lib/listParams';
import { renderWithProviders } from '../test/utils';
import { ConnectionTable } from './ConnectionTable';

type Query = Parameters<typeof ConnectionTable>[0]['query'];
const ready: Query = { isError: false, isPending: false, isFetching: false, error: null, refetch: () => {} };

function List({ query, connection }: { query: Query; connection: PagedConnection | undefined }) {
  const list = useListParams({ sort: 'NAME', direction: 'ASC' });
  return (
    <ConnectionTable query={query} connection={connection} list={list} noun="partners" skeleton={{ rows: 2, columns: 3 }} empty={<p>No partners yet</p>}>
      <tbody>
        <tr>
          <td>Acme Reseller</td>
        </tr>
      </tbody>
    </ConnectionTable>
  );
}

const page = (n: number, total: number, hasNextPage = false): PagedConnection => ({
  totalCount: total,
  edges: Array.from({ length: n }, (_, i) => ({ node: { id: `prt_${i}` } })),
  pageInfo: { hasNextPage, startCursor: 'a', endCursor: 'b' },
});

describe('ConnectionTable', () => {
  it('shows the rows and the page window', () => {
    renderWithProviders(<List query={ready} connection={page(20, 57, true)} />);
    expect(screen.getByRole('cell', { name: 'Acme Reseller' })).toBeInTheDocument();
    expect(screen.getByText('1–20 of 57 partners')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('shows the empty state and no pager when there is nothing', () => {
    renderWithProviders(<List query={ready} connection={page(0, 0)} />);
    expect(screen.getByText('No partners yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });

  it('shows the error with a retry and no pager', async () => {
    const refetch = vi.fn();
    renderWithProviders(<List query={{ ...ready, isError: true, error: new Error('boom'), refetch }} connection={undefined} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    screen.getByRole('button', { name: /Try again/ }).click();
    expect(refetch).toHaveBeenCalled();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });

  it('shows a skeleton while the first page loads', () => {
    renderWithProviders(<List query={{ ...ready, isPending: true }} connection={undefined} />);
    expect(screen.getByRole('status', { name: 'Loading' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
