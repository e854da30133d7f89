import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from './Button';
import { count } from '../lib/format';

export type Direction = 'ASC' | 'DESC';

/** A column header that sorts; announces its state with aria-sort. */
export function SortHeader({
  label,
  field,
  sort,
  onSort,
  className,
}: {
  label: ReactNode;
  field: string;
  sort: { field: string; direction: Direction };
  onSort: (field: string, direction: Direction) => void;
  className?: string;
}) {
  const active = sort.field === field;
  const next: Direction = active && sort.direction === 'ASC' ? 'DESC' : 'ASC';
  const Icon = !active ? ArrowUpDown : sort.direction === 'ASC' ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" data-active={active} onClick={() => onSort(field, next)}>
        {label}
        <Icon size={13} aria-hidden="true" />
      </button>
    </th>
  );
}

/** Cursor pagination: "21–40 of 57" with previous and next. */
export function Pagination({
  from,
  to,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  noun = 'results',
  busy,
}: {
  from: number;
  to: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  noun?: string;
  busy?: boolean;
}) {
  return (
    <nav className="pagination" aria-label="Pagination">
      <span aria-live="polite">
        {total === 0 ? `No ${noun}` : `${count(from)}–${count(to)} of ${count(total)} ${noun}`}
      </span>
      <div className="row">
        <Button size="sm" onClick={onPrevious} disabled={!hasPrevious || busy} icon={<ChevronLeft size={15} aria-hidden="true" />}>
          Previous
        </Button>
        <Button size="sm" onClick={onNext} disabled={!hasNext || busy}>
          Next
          <ChevronRight size={15} aria-hidden="true" />
        </Button>
      </div>
    </nav>
  );
}
