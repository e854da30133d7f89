// The bell in the app shell's header: the viewer's own notifications (docs/notifications.md), the
// copy of each e-mail PartnerHub sent them, polled while the portal is open.
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Bell, CheckCheck } from 'lucide-react';
import { relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { ErrorAlert } from '../../ui/States';
import { MarkNotificationsReadMutation, NotificationsQuery } from './api/notifications';

/** How often the bell asks for news while the portal is open. */
export const pollMs = 45_000;

/** The portal path of a notification's link (an absolute URL to the portal), or null without one. */
export function portalPath(link: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, window.location.origin);
    return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    return null;
  }
}

/** The body as a preview: one short paragraph, cut at a word. */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread';
}

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const q = useGqlQuery(NotificationsQuery, { first: 20 }, { refetchInterval: pollMs });
  const mark = useGqlMutation(MarkNotificationsReadMutation);
  const navigate = useNavigate();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const unread = q.data?.notifications.unread ?? 0;
  const items = q.data?.notifications.items ?? [];

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    panel.current?.focus();
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = () => {
    if (!open) void q.refetch();
    setOpen((o) => !o);
  };

  const follow = (n: (typeof items)[number]) => {
    if (!n.readAt) mark.mutate({ input: { ids: [n.id] } });
    const path = portalPath(n.link);
    if (path) {
      close(false);
      navigate(path);
    }
  };

  return (
    <div className="notif" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="btn btn-ghost btn-icon notif-button"
        aria-label={bellLabel(unread)}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={toggle}
      >
        <Bell size={20} aria-hidden="true" />
        {unread > 0 && (
          <span className="notif-count" aria-hidden="true" data-testid="notif-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="notif-panel" role="dialog" id={id} aria-labelledby={`${id}-title`} tabIndex={-1} ref={panel}>
          <div className="notif-head">
            <h2 className="notif-title" id={`${id}-title`}>
              Notifications
            </h2>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              disabled={unread === 0 || mark.isPending}
              onClick={() => mark.mutate({ input: { all: true } })}
            >
              <CheckCheck size={15} aria-hidden="true" />
              Mark all read
            </button>
          </div>
          <ErrorAlert error={mark.error ?? (q.isError ? q.error : null)} />
          {q.isPending ? (
            <p className="notif-empty">Loading…</p>
          ) : items.length === 0 ? (
            <p className="notif-empty">Nothing yet. Decisions on your registrations and other news land here, as they do in your e-mail.</p>
          ) : (
            <ul className="notif-list" aria-label={unread > 0 ? `${unread} unread` : 'All read'}>
              {items.map((n) => (
                <li key={n.id}>
                  <button type="button" className={n.readAt ? 'notif-item' : 'notif-item is-unread'} onClick={() => follow(n)}>
                    <span className="notif-item-title">
                      {!n.readAt && <span className="visually-hidden">Unread: </span>}
                      {n.title}
                    </span>
                    {n.body && <span className="notif-item-body">{shorten(n.body)}</span>}
                    <time className="notif-item-time" dateTime={n.createdAt}>
                      {relative(n.createdAt)}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
