// One MDF request: what was asked and decided, and what the activity returned (its ROI).
import { useParams } from 'react-router';
import { date, humanize, money } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { isVendor } from '../../lib/roles';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Card, PageHeader } from '../../ui/Card';
import { BackLink, DetailPageShell } from '../../ui/DetailPage';
import { SkeletonBlock } from '../../ui/States';
import { MdfRequestDetailQuery } from './api/mdf';
import { RoiBlock } from './Roi';
import { requestTone } from './status';

export default function MdfRequestDetail() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const q = useGqlQuery(MdfRequestDetailQuery, { id });
  const r = q.data?.node?.__typename === 'MdfRequest' ? q.data.node : null;
  usePageTitle(r ? r.title : 'MDF request');
  const back = <BackLink to="/mdf">Marketing funds</BackLink>;
  if (q.isError || q.isPending || !r) {
    return (
      <DetailPageShell
        query={q}
        back={back}
        noun="MDF request"
        titleWidth={320}
        loading={<SkeletonBlock height={240} />}
        notFound={{ title: 'We couldn’t find this MDF request', body: 'It may belong to another partner, or the link is mistyped.' }}
      />
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={r.title}
        subtitle={
          <span className="row" style={{ gap: 8 }}>
            <Badge tone={requestTone[r.status]}>{humanize(r.status)}</Badge>
            {humanize(r.activityType)} · {date(r.startDate)} – {date(r.endDate)}
            {isVendor(viewer.role) && ` · ${r.partner.name}`}
          </span>
        }
      />
      <div className="grid grid-2">
        <Card title="Return on MDF" hint="What the activity returned: its spend, leads and the deals that name it as their source.">
          <RoiBlock roi={r.roi} />
        </Card>
        <Card title="Request">
          <dl className="dl">
            <dt>Requested</dt>
            <dd>{money(r.requestedAmount, r.currency)}</dd>
            <dt>Approved</dt>
            <dd>{r.approvedAmount == null ? '—' : money(r.approvedAmount, r.currency)}</dd>
            <dt>Expected leads</dt>
            <dd>{r.expectedLeads}</dd>
            <dt>Claim by</dt>
            <dd>{date(r.claimDeadline)}</dd>
            <dt>Plan</dt>
            <dd className="prewrap">{r.plan || '—'}</dd>
            {r.decisionNote && (
              <>
                <dt>Decision note</dt>
                <dd className="prewrap">{r.decisionNote}</dd>
              </>
            )}
          </dl>
        </Card>
      </div>
    </>
  );
}
