import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CheckCircle2, PlayCircle } from 'lucide-react';
import type { CoursePageQuery, SubmitQuizAttemptMutation as SubmitResult } from '../../gql/graphql';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Alert, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { CompleteLessonMutation, CourseQuery, MyLearningQuery, SubmitQuizAttemptMutation } from './api/learning';

type Course = Extract<NonNullable<CoursePageQuery['node']>, { lessons: unknown }>;
type Quiz = NonNullable<Course['quiz']>;

function Lessons({ course, done }: { course: Course; done: Set<string> }) {
  const complete = useGqlMutation(CompleteLessonMutation);
  const lessons = [...(course.lessons ?? [])].sort((a, b) => a.position - b.position);
  return (
    <Card title="Lessons">
      {complete.error && <ErrorAlert error={complete.error} />}
      <ol className="stack" style={{ gap: 16, paddingLeft: 20 }}>
        {lessons.map((l) => (
          <li key={l.id} data-testid="lesson">
            <h3 style={{ margin: 0 }}>{l.title}</h3>
            {l.body && <div style={{ whiteSpace: 'pre-wrap' }}>{l.body}</div>}
            {l.kind === 'VIDEO' && (
              <a href={l.videoURL} target="_blank" rel="noopener noreferrer">
                <PlayCircle size={14} aria-hidden="true" /> Watch the video
              </a>
            )}
            {l.kind === 'CONTENT' && <div className="hint">Content item {l.contentRef}</div>}
            <div style={{ marginTop: 8 }}>
              {done.has(l.id) ? (
                <span className="hint">
                  <CheckCircle2 size={14} aria-hidden="true" /> Completed
                </span>
              ) : (
                <Button size="sm" loading={complete.isPending} onClick={() => complete.mutate({ input: { lessonId: l.id } })}>
                  Mark lesson complete
                </Button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

function QuizForm({ quiz }: { quiz: Quiz }) {
  const [picks, setPicks] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<SubmitResult['submitQuizAttempt']>();
  const submit = useGqlMutation(SubmitQuizAttemptMutation);
  const toggle = (q: Quiz['questions'][number], choice: string) =>
    setPicks((p) => {
      const cur = p[q.id] ?? [];
      const next = q.multiple ? (cur.includes(choice) ? cur.filter((c) => c !== choice) : [...cur, choice]) : [choice];
      return { ...p, [q.id]: next };
    });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setResult(undefined);
    const answers = Object.entries(picks).map(([questionId, choiceIds]) => ({ questionId, choiceIds }));
    submit.mutate({ input: { quizId: quiz.id, answers } }, { onSuccess: (d) => setResult(d.submitQuizAttempt) });
  }
  return (
    <Card title={quiz.title} hint={`Pass mark ${quiz.passMark}% · ${quiz.attemptsPerDay} attempts a day · answers are checked on the server`}>
      <form onSubmit={onSubmit} aria-label="Quiz" className="stack" style={{ gap: 16 }}>
        {quiz.questions.map((q, i) => (
          <fieldset key={q.id} style={{ border: 0, padding: 0 }}>
            <legend>
              <strong>
                {i + 1}. {q.prompt}
              </strong>
              {q.multiple && <span className="hint"> (pick all that apply)</span>}
            </legend>
            {q.choices.map((c) => (
              <label key={c.id} style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 4 }}>
                <input
                  type={q.multiple ? 'checkbox' : 'radio'}
                  name={q.id}
                  checked={(picks[q.id] ?? []).includes(c.id)}
                  onChange={() => toggle(q, c.id)}
                />
                {c.text}
              </label>
            ))}
          </fieldset>
        ))}
        {submit.error && <ErrorAlert error={submit.error} />}
        {result && (
          <Alert tone={result.attempt.passed ? 'success' : 'warning'} title={result.attempt.passed ? 'Passed' : 'Not passed yet'}>
            <span data-testid="quiz-result">
              You scored {result.attempt.score}%{result.attempt.passed ? '.' : `; ${quiz.passMark}% passes.`}
            </span>
            {result.awarded.map((a) => (
              <div key={a.id} data-testid="awarded">
                You are now certified: <strong>{a.certification.name}</strong>.{' '}
                <a href={a.verificationUrl} target="_blank" rel="noopener noreferrer">
                  View your certificate
                </a>
              </div>
            ))}
          </Alert>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={submit.isPending}>
            Submit answers
          </Button>
        </div>
      </form>
    </Card>
  );
}

export default function CoursePage() {
  const { id = '' } = useParams();
  const q = useGqlQuery(CourseQuery, { id });
  const mine = useGqlQuery(MyLearningQuery, {});
  const course = q.data?.node && 'lessons' in q.data.node ? (q.data.node as Course) : undefined;
  usePageTitle(course?.title);
  const done = new Set<string>();
  for (const t of mine.data?.myLearning.tracks ?? []) {
    for (const c of t.courses) if (c.course.id === id) c.completedLessonIds.forEach((l) => done.add(l));
  }
  return (
    <>
      <PageHeader title={course?.title ?? 'Course'} subtitle={course?.summary} eyebrow={<Link to="/learning">Learning</Link>} />
      {q.isPending ? (
        <SkeletonBlock height={240} />
      ) : q.error ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : !course ? (
        <ErrorState error={new Error('No such course')} />
      ) : (
        <div className="stack" style={{ gap: 24 }}>
          <Lessons course={course} done={done} />
          {course.quiz && <QuizForm quiz={course.quiz} />}
        </div>
      )}
    </>
  );
}
