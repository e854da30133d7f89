import { Link } from 'react-router';
import { Award, BookOpen, CheckCircle2 } from 'lucide-react';
import type { MyLearningPageQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Card, PageHeader } from '../../ui/Card';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { MyLearningQuery } from './api/learning';
import { Certificates } from './Certificates';
import { JourneyCard } from './Journey';
import { ProgressBar } from './ProgressBar';
import { TeamProgress } from './TeamProgress';

type Track = MyLearningPageQuery['myLearning']['tracks'][number];

function TrackCard({ t }: { t: Track }) {
  return (
    <Card
      title={t.track.name}
      hint={t.track.description}
      actions={t.recommended ? <Badge tone="brand">For your role</Badge> : undefined}
    >
      <div className="stack" style={{ gap: 12 }} data-testid="track" data-track={t.track.name}>
        <ProgressBar percent={t.percent} label={`${t.track.name} progress`} />
        <div className="hint">
          {t.completedCourses} of {t.courses.length} courses complete ({t.percent}%)
        </div>
        <ul className="stack" style={{ gap: 6, listStyle: 'none', padding: 0 }}>
          {t.courses.map((c) => (
            <li key={c.course.id} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              {c.complete ? <CheckCircle2 size={16} aria-label="Complete" /> : <BookOpen size={16} aria-hidden="true" />}
              <Link to={`/learning/courses/${c.course.id}`}>{c.course.title}</Link>
              <span className="hint">
                {c.completedLessonIds.length}/{c.totalLessons} lessons{c.quizPassed ? '' : ' · quiz to pass'}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}

export default function Learning() {
  usePageTitle('Learning');
  const viewer = useViewer();
  const q = useGqlQuery(MyLearningQuery, {});
  return (
    <>
      <PageHeader
        title="Learning"
        subtitle="Your onboarding plan, your training tracks and your certifications."
        eyebrow={<><Award size={14} aria-hidden="true" /> Enablement</>}
      />
      {q.isPending ? (
        <SkeletonBlock height={240} />
      ) : q.error ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <div className="stack" style={{ gap: 24 }}>
          {q.data.myOnboarding && <JourneyCard journey={q.data.myOnboarding} />}
          <Certificates awards={q.data.myLearning.awards} />
          {q.data.myLearning.tracks.length === 0 ? (
            <EmptyState title="No training yet">The program has not published any learning tracks.</EmptyState>
          ) : (
            q.data.myLearning.tracks.map((t) => <TrackCard key={t.track.id} t={t} />)
          )}
          {viewer.role === 'PARTNER_ADMIN' && <TeamProgress />}
        </div>
      )}
    </>
  );
}
