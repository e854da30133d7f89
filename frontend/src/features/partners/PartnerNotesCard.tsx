// The channel team's notes on a partner (vendor only; docs/partner-performance.md): newest first,
// a form to add one, and a delete button on one's own (ADMIN: on every note).
import { useState } from 'react';
import { NotebookPen, Trash2 } from 'lucide-react';
import { ApiError } from '../../lib/errors';
import { count, dateTime, relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ExportButton } from '../../ui/ExportButton';
import { TextAreaField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonRows } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { AddPartnerNoteMutation, DeletePartnerNoteMutation, PartnerNotesQuery } from './api/partnerNotes';

const maxNote = 5000;
const shown = 50;

export default function PartnerNotesCard({ partner }: { partner: { id: string; name: string } }) {
  const viewer = useViewer();
  const q = useGqlQuery(PartnerNotesQuery, { partnerId: partner.id, first: shown });
  const add = useGqlMutation(AddPartnerNoteMutation);
  const del = useGqlMutation(DeletePartnerNoteMutation);
  const toast = useToast();
  const [body, setBody] = useState('');
  const notes = nodes(q.data?.partnerNotes);
  const total = q.data?.partnerNotes.totalCount ?? 0;
  const length = [...body].length;
  const bodyError =
    (add.error instanceof ApiError ? add.error.fieldError('body') : undefined) ??
    (length > maxNote ? `A note is at most ${count(maxNote)} characters.` : undefined);

  return (
    <Card
      title="Notes"
      labelledBy="partner-notes"
      hint={`Internal to the channel team: ${partner.name} never sees them.`}
      actions={
        total > 0 ? (
          <ExportButton
            csv={{
              list: 'partnerNotes',
              fields: ['createdAt', 'author.name', 'author.email', 'body'],
              where: { partnerID: partner.id },
              orderBy: { field: 'CREATED_AT', direction: 'DESC' },
            }}
          />
        ) : undefined
      }
    >
      <form
        className="stack note-form"
        style={{ gap: 8 }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim() || length > maxNote) return;
          add.mutate(
            { input: { partnerId: partner.id, body } },
            {
              onSuccess: () => {
                setBody('');
                toast('Note added');
              },
            },
          );
        }}
      >
        {add.error && !bodyError && <ErrorAlert error={add.error} />}
        <TextAreaField
          label="New note"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          hint={`${count(length)} of ${count(maxNote)} characters`}
          error={bodyError}
        />
        <div className="row">
          <Button type="submit" variant="primary" size="sm" loading={add.isPending} disabled={!body.trim() || length > maxNote}>
            Add note
          </Button>
        </div>
      </form>
      {del.error && <ErrorAlert error={del.error} />}
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <SkeletonRows rows={2} columns={2} />
      ) : notes.length === 0 ? (
        <EmptyState icon={<NotebookPen size={22} />} title="No notes yet">
          Write down calls, concerns and plans for {partner.name}; the channel team sees them here.
        </EmptyState>
      ) : (
        <>
          <ul className="note-list" aria-label={`Notes on ${partner.name}`}>
            {notes.map((n) => {
              const mayDelete = viewer.role === 'ADMIN' || n.author.id === viewer.id;
              return (
                <li key={n.id} className="note">
                  <div className="note-head">
                    <span className="cell-title">
                      {n.author.name}
                      {n.author.id === viewer.id && <span className="muted"> (you)</span>}
                    </span>
                    <time className="cell-sub" dateTime={n.createdAt} title={dateTime(n.createdAt)}>
                      {relative(n.createdAt)}
                    </time>
                    {mayDelete && (
                      <Button
                        size="sm"
                        variant="ghost"
                        className="note-delete"
                        icon={<Trash2 size={14} aria-hidden="true" />}
                        aria-label={`Delete note by ${n.author.name}, ${dateTime(n.createdAt)}`}
                        loading={del.isPending && del.variables?.input.id === n.id}
                        onClick={() => del.mutate({ input: { id: n.id } }, { onSuccess: () => toast('Note deleted') })}
                      >
                        Delete
                      </Button>
                    )}
                  </div>
                  <p className="note-body">{n.body}</p>
                </li>
              );
            })}
          </ul>
          {total > notes.length && (
            <p className="muted small">
              The latest {count(notes.length)} of {count(total)} notes; export them all as CSV.
            </p>
          )}
        </>
      )}
    </Card>
  );
}
