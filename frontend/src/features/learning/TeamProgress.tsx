import { nodes } from '../../lib/connection';
import { date } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { TableExportButton } from '../../ui/ExportButton';
import { ErrorState, SkeletonBlock } from '../../ui/States';
import { TeamTrainingQuery } from './api/learning';

/** A partner admin's view of its people's training: lessons done and certifications held. */
export function TeamProgress() {
  const q = useGqlQuery(TeamTrainingQuery, {});
  if (q.isPending) return <SkeletonBlock height={120} />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const people = new Map<string, { name: string; lessons: number; certs: { name: string; valid: boolean; expiresAt: string | null }[] }>();
  const person = (u: { id: string; name: string }) => {
    if (!people.has(u.id)) people.set(u.id, { name: u.name, lessons: 0, certs: [] });
    return people.get(u.id)!;
  };
  for (const p of nodes(q.data.lessonProgress)) person(p.user).lessons++;
  for (const a of nodes(q.data.certificationAwards)) {
    if (a.status !== 'RENEWED') person(a.user).certs.push({ name: a.certification.name, valid: a.valid, expiresAt: a.expiresAt ?? null });
  }
  return (
    <Card title="Your team's training" hint="Lessons completed and certifications held by your people.">
      <table className="table" aria-label="Team training">
        <thead>
          <tr>
            <th>Person</th>
            <th>Lessons done</th>
            <th>Certifications</th>
          </tr>
        </thead>
        <tbody>
          {[...people.values()].map((p) => (
            <tr key={p.name}>
              <td>{p.name}</td>
              <td>{p.lessons}</td>
              <td>
                {p.certs.length === 0
                  ? '—'
                  : p.certs.map((c) => (
                      <span key={c.name} style={{ marginRight: 8 }}>
                        {c.name} <Badge tone={c.valid ? 'success' : 'danger'}>{c.valid ? `until ${c.expiresAt ? date(c.expiresAt) : 'forever'}` : 'expired'}</Badge>
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TableExportButton
        fileName="team-training.csv"
        rows={[...people.values()]}
        columns={[
          { header: 'person', value: (p) => p.name },
          { header: 'lessonsDone', value: (p) => p.lessons },
          // Several certifications in one cell: "Name (valid until 2027-01-31)".
          { header: 'certifications', value: (p) => p.certs.map((c) => `${c.name} (${c.valid ? `valid until ${c.expiresAt ?? 'forever'}` : 'expired'})`).join('; ') },
        ]}
      />
    </Card>
  );
}
