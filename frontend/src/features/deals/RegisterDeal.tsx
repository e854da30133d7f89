import { ArrowLeft, Clock, ShieldCheck, Trophy } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import { useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Card, PageHeader } from '../../ui/Card';
import { RegisterDealForm } from './RegisterDealForm';
import { RegisterDealContextQuery } from './api/registerDeal';

export interface RegisteredState {
  registered?: boolean;
}

export default function RegisterDeal() {
  usePageTitle('Register a deal');
  const navigate = useNavigate();
  const q = useGqlQuery(RegisterDealContextQuery, {});
  const tier = q.data?.viewer.partner?.tier;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/deals" className="row" style={{ gap: 4 }}>
            <ArrowLeft size={14} aria-hidden="true" /> Deals
          </Link>
        }
        title="Register a deal"
        subtitle="Tell us about the opportunity. Once the channel team approves it, the customer is protected for you."
      />
      <div className="split">
        <div className="card">
          <div className="card-body">
            <RegisterDealForm
              onRegistered={(deal) => navigate(`/deals/${deal.id}`, { state: { registered: true } satisfies RegisteredState })}
              onCancel={() => navigate('/deals')}
            />
          </div>
        </div>
        <aside className="stack" aria-label="How registration works">
          <Card title="How registration works">
            <ul className="how-list">
              <li>
                <span className="icon-bubble" aria-hidden="true">
                  <Trophy size={16} />
                </span>
                <div>
                  <strong>First to register wins</strong>
                  <span>If another partner already holds the customer, yours is kept but flagged. We never tell anyone who else registered, and never tell others about yours.</span>
                </div>
              </li>
              <li>
                <span className="icon-bubble" aria-hidden="true">
                  <Clock size={16} />
                </span>
                <div>
                  <strong>A decision, usually within 48 hours</strong>
                  <span>Your channel manager approves or rejects it, and the deal shows when the decision is due. Until then you can still edit it.</span>
                </div>
              </li>
              <li>
                <span className="icon-bubble" aria-hidden="true">
                  <ShieldCheck size={16} />
                </span>
                <div>
                  <strong>{tier ? `${tier.dealProtectionDays} days of protection` : 'Protection once approved'}</strong>
                  <span>
                    {tier
                      ? `As a ${tier.name} partner, an approved deal is yours for ${tier.dealProtectionDays} days; ask for an extension if it needs longer.`
                      : 'An approved deal is protected for the days your tier grants; ask for an extension if it needs longer.'}
                  </span>
                </div>
              </li>
            </ul>
          </Card>
        </aside>
      </div>
    </>
  );
}
