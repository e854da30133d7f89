import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, SortHeader } from './Table';

describe('SortHeader', () => {
  it('announces the sort and flips direction', async () => {
    const onSort = vi.fn();
    render(
      <table>
        <thead>
          <tr>
            <SortHeader label="Partner" field="NAME" sort={{ field: 'NAME', direction: 'ASC' }} onSort={onSort} />
            <SortHeader label="Status" field="STATUS" sort={{ field: 'NAME', direction: 'ASC' }} onSort={onSort} />
          </tr>
        </thead>
      </table>,
    );
    expect(screen.getByRole('columnheader', { name: /Partner/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByRole('button', { name: /Partner/ }));
    expect(onSort).toHaveBeenLastCalledWith('NAME', 'DESC');
    await userEvent.click(screen.getByRole('button', { name: /Status/ }));
    expect(onSort).toHaveBeenLastCalledWith('STATUS', 'ASC');
  });
});

describe('Pagination', () => {
  it('shows the window and disables what is not possible', async () => {
    const onNext = vi.fn();
    render(<Pagination from={21} to={40} total={57} hasPrevious hasNext={false} onPrevious={() => {}} onNext={onNext} noun="partners" />);
    expect(screen.getByText('21–40 of 57 partners')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
  });
});
