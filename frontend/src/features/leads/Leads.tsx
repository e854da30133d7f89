import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LeadOfferDeclineReason, LeadStatus } from '../../gql/graphql';
import { isVendor } from '../../lib/roles';
import { nodes } from '../../lib/connection';
import { countryName, dateTime, humanize, money, relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { ExportButton } from '../../ui/ExportButton';
import { SelectField, TextAreaField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { AcceptLeadMutation, AssignLeadMutation, ConvertLeadMutation, DeclineLeadMutation, LeadTraceQuery, PartnerLeadsQuery, VendorLeadsQuery } from './api/leads';

const statusTone: Record<LeadStatus, Tone> = {
  [LeadStatus.New]: 'info',
  [LeadStatus.Offered]: 'warning',
  [LeadStatus.Accepted]: 'success',
  [LeadStatus.Manual]: 'danger',
  [LeadStatus.Converted]: 'brand',
};

const reasonLabels: Record<LeadOfferDeclineReason, string> = {
  [LeadOfferDeclineReason.NoCapacity]: 'No capacity',
  [LeadOfferDeclineReason.NotOurRegion]: 'Not our region',
  [LeadOfferDeclineReason.NoFit]: 'No fit',
  [LeadOfferDeclineReason.Duplicate]: 'Duplicate',
  [LeadOfferDeclineReason.Spam]: 'Spam',
};

/** Leads: a partner's inbox, or the vendor's leads with their routing traces and the manual queue. */
export default function Leads() {
  const viewer = useViewer();
  usePageTitle('Leads');
  return viewer && isVendor(viewer.role) ? <VendorLeads /> : <LeadInbox />;
}

function LeadInbox() {
  const q = useGqlQuery(PartnerLeadsQuery, {});
  const accept = useGqlMutation(AcceptLeadMutation);
  const convert = useGqlMutation(ConvertLeadMutation);
  const [declining, setDeclining] = useState<string | null>(null);
  const toast = useToast();
  const navigate = useNavigate();
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const leads = nodes(q.data.leads);
  return (
    <>
      <PageHeader title="Lead inbox" subtitle="Leads the vendor offers you. Accept or decline each before its deadline; an accepted lead converts into a deal registration." />
      <ErrorAlert error={accept.error ?? convert.error} />
      {leads.length === 0 ? (
        <EmptyState title="No leads right now">When the vendor routes a lead to you, it appears here with its deadline.</EmptyState>
      ) : (
        <div className="stack">
          {leads.map((l) => (
            <Card
              key={l.id}
              labelledBy={`lead-${l.id}`}
              title={l.company}
              actions={<Badge tone={statusTone[l.status]}>{humanize(l.status)}</Badge>}
            >
              <p>
                {l.interest || 'No details given.'} · {countryName(l.country)}
                {l.vertical ? ` · ${l.vertical}` : ''} · {money(l.estimatedValue, l.currency)} · {l.source}
              </p>
              {l.status === LeadStatus.Offered && l.offerDeadline && (
                <p data-testid="deadline">
                  Answer by {dateTime(l.offerDeadline)} ({relative(l.offerDeadline)})
                </p>
              )}
              <div className="row">
                {l.status === LeadStatus.Offered && (
                  <>
                    <Button
                      variant="primary"
                      loading={accept.isPending}
                      onClick={() => accept.mutate({ input: { id: l.id } }, { onSuccess: () => toast(`Accepted ${l.company}`) })}
                    >
                      Accept
                    </Button>
                    <Button onClick={() => setDeclining(l.id)}>Decline</Button>
                  </>
                )}
                {l.status === LeadStatus.Accepted && (
                  <Button
                    variant="primary"
                    loading={convert.isPending}
                    onClick={() =>
                      convert.mutate({ input: { id: l.id } }, { onSuccess: (d) => navigate(`/deals/${d.convertLeadToDeal.deal.id}`) })
                    }
                  >
                    Convert to deal
                  </Button>
                )}
                {l.deal && <a href={`/deals/${l.deal.id}`}>Deal registration</a>}
              </div>
            </Card>
          ))}
        </div>
      )}
      {declining && <DeclineDialog id={declining} onClose={() => setDeclining(null)} />}
    </>
  );
}

function DeclineDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const [reason, setReason] = useState<LeadOfferDeclineReason>(LeadOfferDeclineReason.NoCapacity);
  const [note, setNote] = useState('');
  const decline = useGqlMutation(DeclineLeadMutation);
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title="Decline the lead"
      description="The lead goes to another partner; you will not see it again."
      onSubmit={() => decline.mutate({ input: { id, reason, note } }, { onSuccess: () => (toast('Lead declined'), onClose()) })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={decline.isPending}>
            Decline lead
          </Button>
        </>
      }
    >
      <ErrorAlert error={decline.error} />
      <SelectField label="Reason" value={reason} onChange={(e) => setReason(e.target.value as LeadOfferDeclineReason)}>
        {Object.values(LeadOfferDeclineReason).map((r) => (
          <option key={r} value={r}>
            {reasonLabels[r]}
          </option>
        ))}
      </SelectField>
      <TextAreaField label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
    </Dialog>
  );
}

interface VendorLead {
  id: string;
  company: string;
  country: string;
}

function VendorLeads() {
  const q = useGqlQuery(VendorLeadsQuery, {});
  const [open, setOpen] = useState<string | null>(null);
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const leads = nodes(q.data.leads);
  const partners = nodes(q.data.partners);
  const manual = leads.filter((l) => l.status === LeadStatus.Manual);
  return (
    <>
      <PageHeader title="Leads" subtitle="Every lead, where routing sent it and why. Leads no rule could place wait in the manual queue." />
      <Card labelledBy="manual-queue" title={`Manual queue (${manual.length})`}>
        {manual.length === 0 ? <p>Nothing waits for a hand assignment.</p> : manual.map((l) => <AssignRow key={l.id} lead={l} partners={partners} />)}
      </Card>
      <Card labelledBy="all-leads" title={`All leads (${q.data.leads.totalCount})`} flush>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Country</th>
              <th scope="col">Value</th>
              <th scope="col">Status</th>
              <th scope="col">Partner</th>
              <th scope="col">Deadline</th>
              <th scope="col">Routing</th>
            </tr>
          </thead>
          <tbody>
            {leads.map((l) => (
              <tr key={l.id}>
                <td>{l.company}</td>
                <td>{countryName(l.country)}</td>
                <td>{money(l.estimatedValue, l.currency)}</td>
                <td>
                  <Badge tone={statusTone[l.status]}>{humanize(l.status)}</Badge>
                </td>
                <td>{l.partner?.name ?? '—'}</td>
                <td>{l.offerDeadline ? dateTime(l.offerDeadline) : '—'}</td>
                <td>
                  <Button size="sm" onClick={() => setOpen(open === l.id ? null : l.id)}>
                    {open === l.id ? 'Hide trace' : 'Show trace'}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {leads.length > 0 && (
          <ExportButton
            csv={{
              list: 'leads',
              fields: ['company', 'country', 'estimatedValue', 'currency', 'status', 'partner.name', 'offerDeadline', 'createdAt'],
              orderBy: { field: 'CREATED_AT', direction: 'DESC' },
            }}
          />
        )}
      </Card>
      {leads
        .filter((l) => l.id === open)
        .map((l) => (
          <Trace key={l.id} lead={l} />
        ))}
    </>
  );
}

function Trace({ lead }: { lead: VendorLead }) {
  const q = useGqlQuery(LeadTraceQuery, { id: lead.id });
  if (q.isPending) return <SkeletonBlock height={120} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const routings = q.data.node?.__typename === 'Lead' ? (q.data.node.routings ?? []) : [];
  return (
    <Card title={`Routing of ${lead.company}`}>
      {routings.map((r) => (
        <div key={r.id} className="stack" data-testid="routing-trace">
          <p>
            <strong>{humanize(r.cause)}</strong> · {dateTime(r.createdAt)} · {humanize(r.outcome)} — {r.trace.reason}
          </p>
          <ol>
            {r.trace.rules.map((rule) => (
              <li key={rule.ruleId}>
                {rule.name} ({humanize(rule.kind)}, {rule.required ? 'required' : 'optional'}): {rule.before} → {rule.matched},{' '}
                {humanize(rule.outcome)}
              </li>
            ))}
          </ol>
          {r.trace.eligible.length > 0 && (
            <p>
              Eligible: {r.trace.eligible.map((c) => `${c.partnerName} (weight ${c.weight}, ${c.openLeads} open)`).join('; ')}
            </p>
          )}
        </div>
      ))}
    </Card>
  );
}

function AssignRow({ lead, partners }: { lead: VendorLead; partners: { id: string; name: string }[] }) {
  const [partnerId, setPartnerId] = useState(partners[0]?.id ?? '');
  const assign = useGqlMutation(AssignLeadMutation);
  return (
    <div className="row">
      <span>
        {lead.company} · {countryName(lead.country)}
      </span>
      <SelectField label="Partner" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Button variant="primary" loading={assign.isPending} onClick={() => assign.mutate({ input: { id: lead.id, partnerId } })}>
        Offer
      </Button>
      <ErrorAlert error={assign.error} />
    </div>
  );
}
