import { useState } from 'react';
import { ExternalLink, Gauge, Globe2, Mail, Pencil, UsersRound } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { PartnerDetailQuery, PartnerStatus } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { countryName, date, humanize, inOrder, money, partnerStatusLabels, partnerTypeLabels, percentBps, regionLabels, relative, roleLabels, websiteHref } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { sortByRank, TierOptionsQuery } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge, TierBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Avatar, Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { BackLink, DetailPageShell } from '../../ui/DetailPage';
import { EmptyState, ErrorAlert, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import PartnerDealsCard from '../deals/PartnerDealsCard';
import { ExportButton } from '../../ui/ExportButton';
import PartnerNotesCard from './PartnerNotesCard';
import { PerformanceCard } from './Performance';
import { nodes } from '../../lib/connection';
import { ManagerOptionsQuery, PartnerDetailQueryDoc, UpdatePartnerMutation } from './api/partnerDetail';

type Partner = Extract<NonNullable<PartnerDetailQuery['node']>, { __typename: 'Partner' }>;

const statuses = inOrder(partnerStatusLabels);

function EditAccountDialog({ partner, canChangeManager, onClose }: { partner: Partner; canChangeManager: boolean; onClose: () => void }) {
  const tiersQ = useGqlQuery(TierOptionsQuery, {});
  const managersQ = useGqlQuery(ManagerOptionsQuery, {}, { enabled: canChangeManager });
  const [tierId, setTierId] = useState(partner.tier?.id ?? '');
  const [status, setStatus] = useState<PartnerStatus>(partner.status);
  const [managerId, setManagerId] = useState(partner.manager?.id ?? '');
  const m = useGqlMutation(UpdatePartnerMutation);
  const toast = useToast();
  const fieldError = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Edit ${partner.name}`}
      description="Tier, lifecycle status and who looks after this partner."
      onSubmit={() =>
        m.mutate(
          {
            input: {
              id: partner.id,
              status,
              ...(tierId && tierId !== partner.tier?.id ? { tierId } : {}),
              ...(canChangeManager && managerId && managerId !== partner.manager?.id ? { managerId } : {}),
            },
          },
          {
            onSuccess: () => {
              toast(`${partner.name} updated`);
              onClose();
            },
          },
        )
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Save changes
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) && <ErrorAlert error={m.error} />}
        <SelectField label="Tier" value={tierId} onChange={(e) => setTierId(e.target.value)} error={fieldError('tierId')}>
          {!partner.tier && <option value="">No tier</option>}
          {sortByRank(nodes(tiersQ.data?.tiers)).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as PartnerStatus)} error={fieldError('status')}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {partnerStatusLabels[s]}
            </option>
          ))}
        </SelectField>
        {canChangeManager && (
          <SelectField label="Partner account manager" value={managerId} onChange={(e) => setManagerId(e.target.value)} error={fieldError('managerId')}>
            {!partner.manager && <option value="">Unassigned</option>}
            {nodes(managersQ.data?.users).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({roleLabels[u.role]})
              </option>
            ))}
          </SelectField>
        )}
      </div>
    </Dialog>
  );
}

export default function PartnerDetail() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const q = useGqlQuery(PartnerDetailQueryDoc, { id });
  const [editing, setEditing] = useState(false);
  const node = q.data?.node;
  const partner: Partner | undefined = node?.__typename === 'Partner' ? node : undefined;
  usePageTitle(partner?.name ?? 'Partner');

  const back = <BackLink to="/partners">Partners</BackLink>;

  if (q.isError || q.isPending || !partner) {
    return (
      <DetailPageShell
        query={q}
        back={back}
        noun="Partner"
        titleWidth={260}
        loading={
          <div className="grid grid-3">
            <SkeletonBlock height={260} />
            <SkeletonBlock height={260} />
            <SkeletonBlock height={260} />
          </div>
        }
        notFound={{ title: 'We couldn’t find this partner', body: 'It may have been removed, or the link may be wrong.' }}
      />
    );
  }

  const users = nodes(partner.users);
  const canEdit = viewer.role === 'ADMIN' || (viewer.role === 'CHANNEL_MANAGER' && partner.manager?.id === viewer.id);
  const tier = partner.tier;

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={partner.name}
        subtitle={
          <span className="row">
            <TierBadge tier={tier} />
            <StatusBadge status={partner.status} />
            <span className="muted">
              {partnerTypeLabels[partner.type] ?? partner.type} · {countryName(partner.country)}
            </span>
          </span>
        }
        actions={
          <>
            {partner.website && (
              <a className="btn" href={websiteHref(partner.website)} target="_blank" rel="noopener noreferrer">
                <Globe2 size={15} aria-hidden="true" /> {partner.domain ?? 'Website'} <ExternalLink size={13} aria-hidden="true" />
              </a>
            )}
            <Link className="btn" to={`/scorecard/${partner.id}`}>
              <Gauge size={15} aria-hidden="true" /> Scorecard
            </Link>
            {canEdit && (
              <Button variant="primary" icon={<Pencil size={15} aria-hidden="true" />} onClick={() => setEditing(true)}>
                Edit partner
              </Button>
            )}
          </>
        }
      />
      <div className="stack">
        <div className="grid grid-3">
          <Card title="Details">
            <dl className="dl">
              <dt>Type</dt>
              <dd>{partnerTypeLabels[partner.type] ?? partner.type}</dd>
              <dt>Region</dt>
              <dd>{regionLabels[partner.region] ?? partner.region}</dd>
              <dt>Country</dt>
              <dd>{countryName(partner.country)}</dd>
              <dt>Industries</dt>
              <dd>{partner.verticals?.length ? partner.verticals.join(', ') : '—'}</dd>
              <dt>Agreement signed</dt>
              <dd>{date(partner.contractSignedAt)}</dd>
              <dt>First deal</dt>
              <dd>{partner.firstDealAt ? date(partner.firstDealAt) : 'Not yet'}</dd>
            </dl>
          </Card>
          <Card title="Tier">
            {tier ? (
              <>
                <div className="row" style={{ marginBottom: 12 }}>
                  <TierBadge tier={tier} />
                  <span className="muted" style={{ fontSize: '0.85rem' }}>
                    Rank {tier.rank}
                  </span>
                </div>
                <dl className="dl">
                  <dt>Discount</dt>
                  <dd>{percentBps(tier.discountBps)}</dd>
                  <dt>Rebate</dt>
                  <dd>{percentBps(tier.rebateBps)}</dd>
                  <dt>MDF per quarter</dt>
                  <dd>{money(tier.mdfQuarterlyAllowance, tier.currency)}</dd>
                  <dt>Deal protection</dt>
                  <dd>{tier.dealProtectionDays} days</dd>
                </dl>
              </>
            ) : (
              <p className="muted">No tier assigned yet.</p>
            )}
          </Card>
          <Card title="Partner account manager">
            {partner.manager ? (
              <div className="person-card">
                <Avatar name={partner.manager.name} size="lg" />
                <div style={{ flex: 1, minWidth: 0 }}>
                  <div className="cell-title">
                    {partner.manager.name}
                    {partner.manager.id === viewer.id && <span className="muted"> (you)</span>}
                  </div>
                  <div className="cell-sub">{partner.manager.email}</div>
                </div>
                <a className="btn btn-sm btn-icon" href={`mailto:${partner.manager.email}`} aria-label={`E-mail ${partner.manager.name}`}>
                  <Mail size={14} aria-hidden="true" />
                </a>
              </div>
            ) : (
              <p className="muted">Unassigned.</p>
            )}
          </Card>
        </div>
        <PerformanceCard perf={partner.performance} name={partner.name} />
        <PartnerDealsCard partner={partner} />
        <Card
          title="People"
          hint={`${users.length} ${users.length === 1 ? 'person has' : 'people have'} access to the portal.`}
          actions={
            users.length > 0 ? (
              <ExportButton
                csv={{
                  list: 'users',
                  fields: ['name', 'email', 'role', 'jobFunction', 'status', 'lastLoginAt'],
                  where: { hasPartnerWith: [{ id: partner.id }] },
                  orderBy: { field: 'NAME', direction: 'ASC' },
                }}
              />
            ) : undefined
          }
          flush
        >
          {users.length === 0 ? (
            <EmptyState icon={<UsersRound size={22} />} title="No users yet">
              The partner admin invites colleagues once the organisation is set up.
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table table-cards" aria-label={`People of ${partner.name}`}>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Job</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last sign-in</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => (
                    <tr key={u.id}>
                      <td>
                        <div className="cell-person">
                          <Avatar name={u.name} size="sm" />
                          <div>
                            <div className="cell-title">{u.name}</div>
                            <div className="cell-sub">{u.email}</div>
                          </div>
                        </div>
                      </td>
                      <td data-label="Role">{roleLabels[u.role]}</td>
                      <td data-label="Job">{humanize(u.jobFunction)}</td>
                      <td data-label="Status">
                        <StatusBadge status={u.status} kind="user" />
                      </td>
                      <td data-label="Last sign-in">{relative(u.lastLoginAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <PartnerNotesCard partner={partner} />
      </div>
      {editing && <EditAccountDialog partner={partner} canChangeManager={viewer.role === 'ADMIN'} onClose={() => setEditing(false)} />}
    </>
  );
}
