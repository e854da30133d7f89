import { useState } from 'react';
import { Award, Copy, ExternalLink } from 'lucide-react';
import type { MyLearningPageQuery } from '../../gql/graphql';
import { date } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';

type Award = MyLearningPageQuery['myLearning']['awards'][number];

/** The person's certificates, each with its public verification link to open or share. */
export function Certificates({ awards }: { awards: Award[] }) {
  const [copied, setCopied] = useState<string>();
  if (awards.length === 0) return null;
  return (
    <Card title="Your certifications" hint="Share a certificate's link: anyone can check it is valid.">
      <ul className="stack" style={{ gap: 12, listStyle: 'none', padding: 0 }}>
        {awards.map((a) => (
          <li key={a.id} data-testid="certificate" style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
            <Award size={20} aria-hidden="true" />
            <div style={{ flex: 1 }}>
              <strong>{a.certification.name}</strong>
              <div className="hint">
                Issued {date(a.issuedAt)} · {a.expiresAt ? `valid until ${date(a.expiresAt)}` : 'does not expire'}
              </div>
            </div>
            <Badge tone={a.valid ? 'success' : a.status === 'RENEWED' ? 'neutral' : 'danger'}>{a.valid ? 'Valid' : a.status.toLowerCase()}</Badge>
            <a className="btn btn-sm" href={a.verificationUrl} target="_blank" rel="noopener noreferrer">
              <ExternalLink size={14} aria-hidden="true" /> View certificate
            </a>
            <Button
              size="sm"
              icon={<Copy size={14} aria-hidden="true" />}
              onClick={() => {
                void navigator.clipboard?.writeText(a.verificationUrl);
                setCopied(a.id);
              }}
            >
              {copied === a.id ? 'Link copied' : 'Copy link'}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
