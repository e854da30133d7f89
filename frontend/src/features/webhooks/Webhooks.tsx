import { useState } from 'react';
import { Plus, RotateCw, Trash2, Webhook } from 'lucide-react';
import { WebhookDeliveryStatus, WebhookSubscriptionStatus } from '../../gql/graphql';
import { nodes } from '../../lib/connection';
import { ApiError } from '../../lib/errors';
import { dateTime, humanize, relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { Alert, EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import {
  CreateWebhookSubscriptionMutation,
  DeleteWebhookSubscriptionMutation,
  RedeliverWebhookMutation,
  WebhookDeliveriesQuery,
  WebhookSubscriptionsQuery,
} from './api/webhooks';
import { attemptOutcome, groupEventTypes, randomSecret, succeeded } from './events';

const subscriptionTone: Record<WebhookSubscriptionStatus, Tone> = {
  [WebhookSubscriptionStatus.Active]: 'success',
  [WebhookSubscriptionStatus.Failing]: 'danger',
  [WebhookSubscriptionStatus.Paused]: 'neutral',
};

const deliveryTone: Record<WebhookDeliveryStatus, Tone> = {
  [WebhookDeliveryStatus.Pending]: 'warning',
  [WebhookDeliveryStatus.Delivered]: 'success',
  [WebhookDeliveryStatus.Failed]: 'danger',
};

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  status: WebhookSubscriptionStatus;
  failingSince?: string | null;
}

/** Webhook subscriptions of the viewer's organisation (the vendor's for an ADMIN), with their delivery logs. */
export default function Webhooks() {
  usePageTitle('Webhooks');
  const viewer = useViewer();
  const q = useGqlQuery(WebhookSubscriptionsQuery, {});
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Subscription | null>(null);
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const subs = nodes(q.data.webhookSubscriptions);
  const whose = viewer?.partner ? viewer.partner.name : 'the vendor';
  return (
    <>
      <PageHeader
        title="Webhooks"
        subtitle={`Events about ${whose}'s deals, partners, leads and more, POSTed to your systems and signed with your secret. Failed deliveries are retried for 24 hours.`}
        actions={
          <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
            New subscription
          </Button>
        }
      />
      {subs.length === 0 ? (
        <EmptyState icon={<Webhook size={22} />} title="No subscriptions yet">
          Subscribe a URL to the events your CRM or data warehouse needs.
        </EmptyState>
      ) : (
        <div className="stack">
          {subs.map((s) => (
            <Card
              key={s.id}
              labelledBy={`sub-${s.id}`}
              title={<span style={{ overflowWrap: 'anywhere' }}>{s.url}</span>}
              actions={
                <Badge tone={subscriptionTone[s.status]} dot>
                  {humanize(s.status)}
                </Badge>
              }
            >
              <div className="stack" style={{ gap: 12 }}>
                {s.status === WebhookSubscriptionStatus.Failing && (
                  <Alert tone="danger" title={`Failing since ${dateTime(s.failingSince)}`}>
                    A delivery gave up after 24 hours of retries. Later events are still sent; the next one your receiver accepts makes the subscription active
                    again. Fix the receiver, then redeliver what failed from the log.
                  </Alert>
                )}
                <p>
                  <span className="muted">Events: </span>
                  {s.eventTypes.join(', ')}
                </p>
                <div className="row">
                  <Button size="sm" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                    {open === s.id ? 'Hide delivery log' : 'Delivery log'}
                  </Button>
                  <Button size="sm" variant="danger" icon={<Trash2 size={15} aria-hidden="true" />} onClick={() => setDeleting(s)}>
                    Delete
                  </Button>
                </div>
                {open === s.id && <DeliveryLog subscription={s} />}
              </div>
            </Card>
          ))}
        </div>
      )}
      {creating && <CreateDialog eventTypes={q.data.webhookEventTypes} onClose={() => setCreating(false)} />}
      {deleting && <DeleteDialog subscription={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

// The log is polled while open: deliveries are made by a background job seconds after the event.
function DeliveryLog({ subscription }: { subscription: Subscription }) {
  const q = useGqlQuery(WebhookDeliveriesQuery, { id: subscription.id }, { refetchInterval: 3000 });
  const redeliver = useGqlMutation(RedeliverWebhookMutation);
  const toast = useToast();
  if (q.isPending) return <SkeletonBlock height={120} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const deliveries = q.data.node?.__typename === 'WebhookSubscription' ? nodes(q.data.node.deliveries) : [];
  if (deliveries.length === 0) return <p className="muted">No deliveries yet. Events appear here a few seconds after they happen.</p>;
  return (
    <div className="stack" style={{ gap: 12 }}>
      <ErrorAlert error={redeliver.error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`Deliveries to ${subscription.url}`}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Time</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-testid="delivery">
                <td>
                  <strong>{d.eventType}</strong>
                  <div className="muted mono">{d.eventID}</div>
                </td>
                <td>{dateTime(d.createdAt)}</td>
                <td>
                  <Badge tone={deliveryTone[d.status]}>{humanize(d.status)}</Badge>
                  {d.status === WebhookDeliveryStatus.Pending && d.attempts > 0 && <div className="muted">next try {relative(d.nextAttemptAt)}</div>}
                </td>
                <td>
                  <span>
                    {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
                  </span>
                  {(d.log ?? []).length > 0 && (
                    <ol className="attempts" aria-label={`Attempts of ${d.eventType}`}>
                      {(d.log ?? []).map((a, i) => (
                        <li key={i}>
                          {dateTime(a.at)} · <Badge tone={succeeded(a.statusCode) ? 'success' : 'danger'}>{attemptOutcome(a)}</Badge> · {a.durationMs} ms
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
                <td>
                  <Button
                    size="sm"
                    icon={<RotateCw size={15} aria-hidden="true" />}
                    aria-label={`Redeliver ${d.eventType} ${d.eventID}`}
                    loading={redeliver.isPending && redeliver.variables?.input.id === d.id}
                    onClick={() =>
                      redeliver.mutate(
                        { input: { id: d.id } },
                        { onSuccess: () => toast(`${d.eventType} is being sent again with the same event ID`) },
                      )
                    }
                  >
                    Redeliver
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CreateDialog({ eventTypes, onClose }: { eventTypes: string[]; onClose: () => void }) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ url?: string; secret?: string; eventTypes?: string }>({});
  const m = useGqlMutation(CreateWebhookSubscriptionMutation);
  const toast = useToast();
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const unplaced = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.some((e) => ['url', 'secret', 'eventTypes'].includes(e.field)));
  const typesError = errors.eventTypes ?? server('eventTypes');
  const toggle = (t: string, on: boolean) => setChosen((c) => (on ? [...c, t] : c.filter((x) => x !== t)));

  function submit() {
    const e: typeof errors = {};
    if (!/^https?:\/\/\S+$/.test(url.trim())) e.url = 'Enter the receiver’s URL, starting with https://.';
    if (secret.length < 24) e.secret = 'Use at least 24 characters, or generate one.';
    if (chosen.length === 0) e.eventTypes = 'Choose at least one event type.';
    setErrors(e);
    if (Object.keys(e).length) return;
    m.mutate(
      { input: { url: url.trim(), secret, eventTypes: eventTypes.filter((t) => chosen.includes(t)) } },
      { onSuccess: () => (toast('Subscribed; events are sent from now on'), onClose()) },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="New webhook subscription"
      description="Copy the secret now: it signs every delivery (the PartnerHub-Signature header) and is never shown again."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Subscribe
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {unplaced && <ErrorAlert error={m.error} />}
        <TextField label="URL" required type="url" autoComplete="off" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.url ?? server('url')} />
        <div className="row" style={{ alignItems: 'flex-end' }}>
          <TextField
            className="grow"
            label="Secret"
            required
            autoComplete="off"
            spellCheck={false}
            value={secret}
            hint="24 to 200 characters."
            onChange={(e) => setSecret(e.target.value)}
            error={errors.secret ?? server('secret')}
          />
          <Button onClick={() => setSecret(randomSecret())}>Generate</Button>
        </div>
        <fieldset className="field event-types" aria-describedby={typesError ? 'event-types-error' : undefined}>
          <legend>Event types</legend>
          {groupEventTypes(eventTypes).map((g) => (
            <div key={g.group} className="event-group">
              {g.types.map((t) => (
                <label key={t} className="check">
                  <input type="checkbox" checked={chosen.includes(t)} onChange={(e) => toggle(t, e.target.checked)} />
                  <span className="mono">{t}</span>
                </label>
              ))}
            </div>
          ))}
          {typesError && (
            <div className="error" id="event-types-error" role="alert">
              {typesError}
            </div>
          )}
        </fieldset>
      </div>
    </Dialog>
  );
}

function DeleteDialog({ subscription, onClose }: { subscription: Subscription; onClose: () => void }) {
  const m = useGqlMutation(DeleteWebhookSubscriptionMutation);
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title="Delete the subscription?"
      description={`No more events go to ${subscription.url}, and its delivery log is deleted with it.`}
      onSubmit={() => m.mutate({ input: { id: subscription.id } }, { onSuccess: () => (toast('Subscription deleted'), onClose()) })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Delete subscription
          </Button>
        </>
      }
    >
      <ErrorAlert error={m.error} />
    </Dialog>
  );
}
