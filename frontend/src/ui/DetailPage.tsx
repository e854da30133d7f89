import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArrowLeft } from 'lucide-react';
import { PageHeader } from './Card';
import { ApiError } from '../lib/errors';
import { EmptyState, ErrorState } from './States';

/** The "← Deals" link above a detail page's title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="row" style={{ gap: 4 }}>
      <ArrowLeft size={14} aria-hidden="true" /> {children}
    </Link>
  );
}

/**
 * A detail page (one node fetched by ID) until its item is there: the error with retry, a skeleton
 * while it loads, or "<Noun> not found" when the ID names nothing the viewer may see. Pages render
 * it when `query.isError || query.isPending || !item`, and their own content otherwise.
 */
export function DetailPageShell({
  query,
  back,
  noun,
  titleWidth,
  loading,
  notFound,
}: {
  query: { isError: boolean; isPending: boolean; error: unknown; refetch: () => unknown };
  back: ReactNode;
  /** "Deal": the title while it loads or failed, and "Deal not found". */
  noun: string;
  /** Width of the title's skeleton, in pixels. */
  titleWidth: number;
  /** The page's skeleton below the header. */
  loading: ReactNode;
  /** What "not found" says: "We couldn’t find this deal" and why that may be. */
  notFound: { title: string; body: ReactNode };
}) {
  // An ID that names nothing the viewer may see, or is not an ID at all (a mistyped link), is "not
  // found", not an error to retry: trying again cannot help.
  const missing = query.error instanceof ApiError && (query.error.code === 'NOT_FOUND' || query.error.code === 'BAD_USER_INPUT');
  if (query.isError && !missing) {
    return (
      <>
        <PageHeader eyebrow={back} title={noun} />
        <div className="card">
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }
  if (query.isPending && !missing) {
    return (
      <>
        <PageHeader eyebrow={back} title={<span className="skeleton" style={{ height: 28, width: titleWidth }} />} />
        {loading}
      </>
    );
  }
  return (
    <>
      <PageHeader eyebrow={back} title={`${noun} not found`} />
      <div className="card">
        <EmptyState title={notFound.title}>{notFound.body}</EmptyState>
      </div>
    </>
  );
}
