import { useState, type ReactNode } from 'react';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { nodes } from '../../lib/connection';
import { humanize } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { CertificationsAuthoringQuery, CoursesAuthoringQuery, DeleteCertificationMutation, DeleteCourseMutation, DeleteTemplateMutation, DeleteTrackMutation, TemplatesAuthoringQuery, TracksAuthoringQuery } from './api/authoring';
import { CertificationDialog, type CertificationNode } from './authoring/CertificationDialog';
import { CourseDialog } from './authoring/CourseDialog';
import { TemplateDialog, type TemplateNode } from './authoring/TemplateDialog';
import { TrackDialog, type TrackNode } from './authoring/TrackDialog';

type Editing =
  | { kind: 'course'; item?: { id: string } }
  | { kind: 'track'; item?: TrackNode }
  | { kind: 'certification'; item?: CertificationNode }
  | { kind: 'template'; item?: TemplateNode };

type Deleting = { kind: Editing['kind']; id: string; name: string };

/** The vendor's authoring of onboarding plans, courses with quizzes, tracks and certifications. */
export default function TrainingAuthoring() {
  usePageTitle('Training authoring');
  const cq = useGqlQuery(CoursesAuthoringQuery, {});
  const tq = useGqlQuery(TracksAuthoringQuery, {});
  const xq = useGqlQuery(CertificationsAuthoringQuery, {});
  const pq = useGqlQuery(TemplatesAuthoringQuery, {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);

  const all = [cq, tq, xq, pq];
  const failed = all.find((q) => q.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => all.forEach((q) => q.refetch())} />;
  if (!cq.data || !tq.data || !xq.data || !pq.data) return <SkeletonBlock height={320} />;
  const courses = nodes(cq.data.courses);
  const tracks = nodes(tq.data.learningTracks);
  const certifications = nodes(xq.data.certifications);
  const templates = nodes(pq.data.onboardingTemplates);

  const actions = (what: string, onEdit: () => void, onDelete: () => void) => (
    <div className="row" style={{ gap: 4, justifyContent: 'flex-end' }}>
      <Button size="sm" variant="ghost" icon={<Pencil size={14} aria-hidden="true" />} aria-label={`Edit ${what}`} onClick={onEdit} />
      <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} aria-label={`Delete ${what}`} onClick={onDelete} />
    </div>
  );
  const newButton = (label: string, onClick: () => void) => (
    <Button size="sm" icon={<Plus size={14} aria-hidden="true" />} onClick={onClick}>
      {label}
    </Button>
  );

  return (
    <div className="stack" style={{ gap: 24 }}>
      <PageHeader title="Training authoring" subtitle="Onboarding plans, courses with quizzes, learning tracks and certifications. Edits never take away what people already earned." />
      <Section title="Courses" id="authoring-courses" actions={newButton('New course', () => setEditing({ kind: 'course' }))} empty={courses.length === 0}>
        <table className="table" aria-label="Courses">
          <thead>
            <tr>
              <th>Course</th>
              <th>Minutes</th>
              <th>Quiz</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>{c.minutes || '—'}</td>
                <td>{c.quiz ? `${c.quiz.title}, pass mark ${c.quiz.passMark}%` : '—'}</td>
                <td>{actions(c.title, () => setEditing({ kind: 'course', item: c }), () => setDeleting({ kind: 'course', id: c.id, name: c.title }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Learning tracks" id="authoring-tracks" actions={newButton('New track', () => setEditing({ kind: 'track' }))} empty={tracks.length === 0}>
        <table className="table" aria-label="Learning tracks">
          <thead>
            <tr>
              <th>Track</th>
              <th>Job function</th>
              <th>Courses</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tracks.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{humanize(t.jobFunction)}</td>
                <td>{t.courses.map((c) => c.title).join(' → ')}</td>
                <td>{actions(t.name, () => setEditing({ kind: 'track', item: t }), () => setDeleting({ kind: 'track', id: t.id, name: t.name }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Certifications" id="authoring-certifications" actions={newButton('New certification', () => setEditing({ kind: 'certification' }))} empty={certifications.length === 0}>
        <table className="table" aria-label="Certifications">
          <thead>
            <tr>
              <th>Certification</th>
              <th>Validity</th>
              <th>Required tracks</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {certifications.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{humanize(c.validity)}</td>
                <td>{c.tracks.map((t) => t.name).join(', ')}</td>
                <td>{actions(c.name, () => setEditing({ kind: 'certification', item: c }), () => setDeleting({ kind: 'certification', id: c.id, name: c.name }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Onboarding plans" id="authoring-templates" actions={newButton('New plan', () => setEditing({ kind: 'template' }))} empty={templates.length === 0}>
        <table className="table" aria-label="Onboarding plans">
          <thead>
            <tr>
              <th>Plan</th>
              <th>Partner type</th>
              <th>Steps</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <td>
                  {t.name} {!t.active && <Badge>Archived</Badge>}
                </td>
                <td>{t.partnerType}</td>
                <td>{t.steps.length} steps, last due day {t.steps.at(-1)?.dueDay ?? 0}</td>
                <td>{actions(t.name, () => setEditing({ kind: 'template', item: t }), () => setDeleting({ kind: 'template', id: t.id, name: t.name }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {editing?.kind === 'course' && <CourseDialog courseId={editing.item?.id} onClose={() => setEditing(null)} />}
      {editing?.kind === 'track' && <TrackDialog track={editing.item} courses={courses} onClose={() => setEditing(null)} />}
      {editing?.kind === 'certification' && <CertificationDialog certification={editing.item} tracks={tracks} onClose={() => setEditing(null)} />}
      {editing?.kind === 'template' && <TemplateDialog template={editing.item} onClose={() => setEditing(null)} />}
      {deleting && <ConfirmDelete target={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}

function Section({ title, id, actions, empty, children }: { title: string; id: string; actions: ReactNode; empty: boolean; children: ReactNode }) {
  return (
    <Card title={title} labelledBy={id} actions={actions} flush={!empty}>
      {empty ? <EmptyState title={`No ${title.toLowerCase()} yet`}>Create the first one.</EmptyState> : <div className="table-wrap">{children}</div>}
    </Card>
  );
}

const deleteHints: Record<Deleting['kind'], string> = {
  course: 'Refused while a track lists it or once people have taken it.',
  track: 'Refused while a certification requires it.',
  certification: 'Refused once anyone holds it: their verification links keep working.',
  template: 'Refused once a partner’s plan came from it: archive it instead.',
};

function ConfirmDelete({ target, onClose }: { target: Deleting; onClose: () => void }) {
  const toast = useToast();
  const course = useGqlMutation(DeleteCourseMutation);
  const track = useGqlMutation(DeleteTrackMutation);
  const certification = useGqlMutation(DeleteCertificationMutation);
  const template = useGqlMutation(DeleteTemplateMutation);
  const m = { course, track, certification, template }[target.kind];
  const done = {
    onSuccess: () => {
      toast(`${target.name} deleted`);
      onClose();
    },
  };
  const input = { input: { id: target.id } };
  function submit() {
    if (target.kind === 'course') course.mutate(input, done);
    else if (target.kind === 'track') track.mutate(input, done);
    else if (target.kind === 'certification') certification.mutate(input, done);
    else template.mutate(input, done);
  }
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Delete ${target.name}?`}
      description={deleteHints[target.kind]}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Delete
          </Button>
        </>
      }
    >
      {m.error ? <ErrorAlert error={m.error} /> : <p>This cannot be undone.</p>}
    </Dialog>
  );
}
