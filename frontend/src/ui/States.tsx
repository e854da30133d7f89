import type { ReactNode } from 'react';
import { AlertTriangle, Info, RotateCw, SearchX, CheckCircle2 } from 'lucide-react';
import { describeError } from '../lib/errors';
import { Button } from './Button';

export function PageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <div className="row">
        <span className="spinner" aria-hidden="true" />
        {label}
      </div>
    </div>
  );
}

/** Placeholder rows while a table loads: keeps the layout from jumping. */
export function SkeletonRows({ rows = 5, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <div role="status" aria-label="Loading" style={{ padding: '8px 20px 20px', display: 'grid', gap: 14 }}>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} style={{ display: 'grid', gridTemplateColumns: `2fr repeat(${columns - 1}, 1fr)`, gap: 16 }}>
          {Array.from({ length: columns }, (_, c) => (
            <span key={c} className="skeleton" style={{ height: 14, width: c === 0 ? '80%' : '60%' }} />
          ))}
        </div>
      ))}
    </div>
  );
}

export function SkeletonBlock({ height = 120 }: { height?: number }) {
  return <span className="skeleton" style={{ height }} role="status" aria-label="Loading" />;
}

export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state">
      <div className="state-icon" aria-hidden="true">
        {icon ?? <SearchX size={22} />}
      </div>
      <h3>{title}</h3>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function RequestRef({ id }: { id?: string }) {
  if (!id) return null;
  return (
    <div className="ref">
      Reference for support: <code>{id}</code>
    </div>
  );
}

/** A failed load: what happened in plain words, a retry, and the request ID for support. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const e = describeError(error);
  return (
    <div className="state error" role="alert">
      <div className="state-icon" aria-hidden="true">
        <AlertTriangle size={22} />
      </div>
      <h3>{e.title}</h3>
      <p>{e.detail}</p>
      <RequestRef id={e.requestId} />
      {onRetry && (
        <Button onClick={onRetry} icon={<RotateCw size={15} aria-hidden="true" />}>
          Try again
        </Button>
      )}
    </div>
  );
}

export function Alert({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'danger' | 'warning' | 'success';
  title?: ReactNode;
  children?: ReactNode;
}) {
  const Icon = tone === 'danger' || tone === 'warning' ? AlertTriangle : tone === 'success' ? CheckCircle2 : Info;
  return (
    <div className={`alert alert-${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <Icon size={18} aria-hidden="true" />
      <div>
        {title && <div className="alert-title">{title}</div>}
        {children && <div className="alert-body">{children}</div>}
      </div>
    </div>
  );
}

/** A failed action (form submit): title, detail, reference. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const e = describeError(error);
  return (
    <Alert tone="danger" title={e.title}>
      {e.detail}
      <RequestRef id={e.requestId} />
    </Alert>
  );
}
