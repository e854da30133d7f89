import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Direction } from '../ui/Table';

export const PAGE_SIZE = 20;

/**
 * List state kept in the URL (filters, sort, cursor page), so a filtered page can be bookmarked,
 * shared, and reached again with the back button.
 */
export function useListParams<F extends string>(defaults: { sort: F; direction: Direction }, pageSize = PAGE_SIZE) {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const before = params.get('before') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const sort = {
    field: (params.get('sort') as F | null) ?? defaults.sort,
    direction: (params.get('dir') as Direction | null) ?? defaults.direction,
  };

  const pageVars = before ? { last: pageSize, before } : { first: pageSize, after };

  /** Changes filters (an empty value removes one) and goes back to the first page. */
  function update(changes: Record<string, string | undefined | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('after');
    next.delete('before');
    next.delete('page');
    setParams(next, { replace: true });
  }

  function setSort(field: string, direction: Direction) {
    update({ sort: field, dir: direction });
  }

  function goNext(endCursor: string | null | undefined) {
    if (!endCursor) return;
    const next = new URLSearchParams(params);
    next.delete('before');
    next.set('after', endCursor);
    next.set('page', String(page + 1));
    setParams(next);
  }

  function goPrevious(startCursor: string | null | undefined) {
    const next = new URLSearchParams(params);
    next.delete('after');
    if (page <= 2 || !startCursor) {
      next.delete('before');
      next.delete('page');
    } else {
      next.set('before', startCursor);
      next.set('page', String(page - 1));
    }
    setParams(next);
  }

  return { params, get: (k: string) => params.get(k) ?? '', sort, setSort, pageVars, page, pageSize, paging: before ? 'backward' : 'forward', update, goNext, goPrevious };
}

/** Relay page info as the pagination control needs it. */
export function pageWindow(
  list: ReturnType<typeof useListParams>,
  conn: { totalCount: number; edges?: unknown[] | null; pageInfo: { hasNextPage: boolean } } | undefined,
) {
  const n = conn?.edges?.length ?? 0;
  const from = n === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  return {
    from,
    to: from + Math.max(n - 1, 0),
    total: conn?.totalCount ?? 0,
    hasPrevious: list.page > 1,
    // Paging backwards, Relay does not compute hasNextPage: we came from the next page.
    hasNext: list.paging === 'backward' ? true : Boolean(conn?.pageInfo.hasNextPage),
  };
}

/** A text filter that updates the URL once typing pauses. */
export function useDebouncedFilter(value: string, onSettle: (v: string) => void, ms = 300) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const t = setTimeout(() => onSettle(draft), ms);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);
  return [draft, setDraft] as const;
}
