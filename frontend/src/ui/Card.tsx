import type { ReactNode } from 'react';

export function Card({
  title,
  hint,
  actions,
  children,
  footer,
  flush,
  className,
  as: Tag = 'section',
  labelledBy,
}: {
  title?: ReactNode;
  hint?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  flush?: boolean;
  className?: string;
  as?: 'section' | 'div' | 'article';
  labelledBy?: string;
}) {
  return (
    <Tag className={['card', className].filter(Boolean).join(' ')} aria-labelledby={labelledBy}>
      {(title || actions) && (
        <div className="card-header">
          <div>
            {title && <h2 id={labelledBy}>{title}</h2>}
            {hint && <div className="hint">{hint}</div>}
          </div>
          {actions}
        </div>
      )}
      {children !== undefined && <div className={flush ? 'card-body flush' : 'card-body'}>{children}</div>}
      {footer && <div className="card-footer">{footer}</div>}
    </Tag>
  );
}

export function PageHeader({
  title,
  subtitle,
  eyebrow,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  eyebrow?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        {eyebrow && <div className="eyebrow">{eyebrow}</div>}
        <h1 tabIndex={-1} data-page-title>
          {title}
        </h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function Stat({
  label,
  value,
  foot,
  icon,
}: {
  label: ReactNode;
  value: ReactNode;
  foot?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="card stat">
      <div className="stat-label">
        {icon && (
          <span className="icon-bubble" aria-hidden="true">
            {icon}
          </span>
        )}
        {label}
      </div>
      <div className="stat-value">{value}</div>
      {foot && <div className="stat-foot">{foot}</div>}
    </div>
  );
}

export function Avatar({ name, size }: { name: string; size?: 'sm' | 'lg' }) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const text =
    parts.length === 0 ? '?' : parts.length === 1 ? parts[0].slice(0, 2) : parts[0][0] + parts[parts.length - 1][0];
  return (
    <span className={size ? `avatar ${size}` : 'avatar'} aria-hidden="true">
      {text.toUpperCase()}
    </span>
  );
}
