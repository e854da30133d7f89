import { CalendarPlus, CheckCircle2, CircleDot, Clock, Pencil, Send, Trophy, Undo2, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import type { DealEventKind, DealEventStatus } from '../../gql/graphql';
import { dateTime, relative } from '../../lib/format';
import { statusLabel } from './status';

export interface TimelineEvent {
  id: string;
  kind: DealEventKind;
  fromStatus?: DealEventStatus | null;
  toStatus: DealEventStatus;
  note: string;
  createdAt: string;
  actorType: 'USER' | 'API_KEY' | 'SYSTEM';
  actor?: { id: string; name: string } | null;
}

function describe(e: TimelineEvent): { title: string; icon: ReactNode; tone: string } {
  switch (e.kind) {
    case 'UPDATED':
      return { title: 'Details updated', icon: <Pencil size={14} />, tone: 'neutral' };
    case 'EXTENSION_REQUESTED':
      return { title: 'Extension requested', icon: <CalendarPlus size={14} />, tone: 'info' };
    case 'EXTENSION_APPROVED':
      return { title: 'Extension approved', icon: <CalendarPlus size={14} />, tone: 'success' };
    case 'EXTENSION_REJECTED':
      return { title: 'Extension declined', icon: <CalendarPlus size={14} />, tone: 'danger' };
  }
  if (!e.fromStatus) return { title: 'Registered', icon: <Send size={14} />, tone: 'info' };
  switch (e.toStatus) {
    case 'APPROVED':
      return { title: 'Approved', icon: <CheckCircle2 size={14} />, tone: 'success' };
    case 'REJECTED':
      return { title: 'Rejected', icon: <XCircle size={14} />, tone: 'danger' };
    case 'WITHDRAWN':
      return { title: 'Withdrawn', icon: <Undo2 size={14} />, tone: 'neutral' };
    case 'WON':
      return { title: 'Won', icon: <Trophy size={14} />, tone: 'brand' };
    case 'LOST':
      return { title: 'Lost', icon: <XCircle size={14} />, tone: 'warning' };
    case 'EXPIRED':
      return { title: 'Protection ended', icon: <Clock size={14} />, tone: 'neutral' };
    default:
      return { title: statusLabel[e.toStatus], icon: <CircleDot size={14} />, tone: 'neutral' };
  }
}

function who(e: TimelineEvent): string {
  if (e.actorType === 'SYSTEM') return 'PartnerHub';
  if (e.actor) return e.actorType === 'API_KEY' ? `${e.actor.name}, through an API key` : e.actor.name;
  return e.actorType === 'API_KEY' ? 'An API key' : 'Someone';
}

/** Notes the server writes for itself ("registered") add nothing to the title. */
function shownNote(e: TimelineEvent): string {
  const n = e.note.trim();
  if (!n || n === 'registered') return '';
  const flagged = /^registered with (\d+) conflict\(s\) flagged$/.exec(n);
  if (flagged) return flagged[1] === '1' ? 'One possible conflict flagged for the channel team to check.' : `${flagged[1]} possible conflicts flagged for the channel team to check.`;
  return n;
}

/** The registration's history, oldest first: who did what, when and why. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const sorted = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="timeline" aria-label="Timeline" data-testid="deal-timeline">
      {sorted.map((e) => {
        const d = describe(e);
        const note = shownNote(e);
        return (
          <li key={e.id} className={`tl-${d.tone}`}>
            <span className="tl-dot" aria-hidden="true">
              {d.icon}
            </span>
            <div className="tl-body">
              <div className="tl-title">
                <strong>{d.title}</strong>
                <span className="muted"> · {who(e)}</span>
              </div>
              <time dateTime={e.createdAt} title={dateTime(e.createdAt)} className="tl-time">
                {dateTime(e.createdAt)}
                {Math.abs(Date.now() - new Date(e.createdAt).getTime()) < 30 * 86_400_000 && ` · ${relative(e.createdAt)}`}
              </time>
              {note && <p className="tl-note">{note}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
