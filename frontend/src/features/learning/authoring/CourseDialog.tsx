import { useState } from 'react';
import { Plus } from 'lucide-react';
import { LessonKind, type CourseAuthoringQuery, type CreateQuizInput, type LessonInput } from '../../../gql/graphql';
import { useGqlMutation, useGqlQuery } from '../../../lib/query';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { ErrorAlert, ErrorState, SkeletonBlock } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { CourseDetailQuery, CreateCourseMutation, UpdateCourseMutation } from '../api/authoring';
import { moved, replaced, RowControls, without } from './list';
import { QuizBuilder, emptyQuestion, quizErrors, type QuizForm } from './QuizBuilder';

type CourseNode = Extract<NonNullable<CourseAuthoringQuery['node']>, { lessons: unknown }>;

interface LessonForm {
  id?: string;
  title: string;
  kind: LessonKind;
  body: string;
  videoUrl: string;
  contentRef: string;
}

const kindLabels: Record<LessonKind, string> = {
  [LessonKind.Markdown]: 'Text (markdown)',
  [LessonKind.Video]: 'Video link',
  [LessonKind.Content]: 'Content library item',
};

function lessonError(l: LessonForm): string | undefined {
  if (!l.title.trim()) return 'Give the lesson a title.';
  if (l.kind === LessonKind.Markdown && !l.body.trim()) return 'Write the lesson’s text.';
  if (l.kind === LessonKind.Video && !/^https:\/\/\S+$/.test(l.videoUrl.trim())) return 'Link the video with an https:// address.';
  if (l.kind === LessonKind.Content && !l.contentRef.trim()) return 'Name the content item (its ID).';
  return undefined;
}

/** Creates a course or edits one (read in full first): its lessons in order and, optionally, a quiz. */
export function CourseDialog({ courseId, onClose }: { courseId?: string; onClose: () => void }) {
  const q = useGqlQuery(CourseDetailQuery, { id: courseId ?? '' }, { enabled: !!courseId });
  if (!courseId) return <CourseForm onClose={onClose} />;
  const node = q.data?.node;
  const course = node && 'lessons' in node ? (node as CourseNode) : undefined;
  if (!course) {
    return (
      <Dialog open onClose={onClose} title="Edit course">
        {q.error ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : <SkeletonBlock height={200} />}
      </Dialog>
    );
  }
  return <CourseForm course={course} onClose={onClose} />;
}

function CourseForm({ course, onClose }: { course?: CourseNode; onClose: () => void }) {
  const toast = useToast();
  const create = useGqlMutation(CreateCourseMutation);
  const update = useGqlMutation(UpdateCourseMutation);
  const m = course ? update : create;
  const [title, setTitle] = useState(course?.title ?? '');
  const [summary, setSummary] = useState(course?.summary ?? '');
  const [lessons, setLessons] = useState<LessonForm[]>(
    [...(course?.lessons ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({ id: l.id, title: l.title, kind: l.kind, body: l.body, videoUrl: l.videoURL, contentRef: l.contentRef })),
  );
  // An existing quiz's answers never reach the portal: it is only sent when rewritten here, with
  // the right choices marked again.
  const existing = course?.quiz;
  const [quiz, setQuiz] = useState<QuizForm | null>(null);
  const [checked, setChecked] = useState(false);

  const titleError = !title.trim() ? 'Give the course a title.' : undefined;
  const lessonErrors = lessons.map(lessonError);
  const qErrors = quiz ? quizErrors(quiz) : {};
  const emptyError = lessons.length === 0 && !quiz && !existing ? 'Add a lesson or a quiz.' : undefined;
  const valid = !titleError && lessonErrors.every((e) => !e) && Object.keys(qErrors).length === 0 && !emptyError;

  function submit() {
    setChecked(true);
    if (!valid) return;
    const lessonInputs: LessonInput[] = lessons.map((l) => ({
      id: l.id,
      title: l.title.trim(),
      kind: l.kind,
      body: l.body,
      videoUrl: l.kind === LessonKind.Video ? l.videoUrl.trim() : '',
      contentRef: l.kind === LessonKind.Content ? l.contentRef.trim() : '',
    }));
    const quizInput: CreateQuizInput | undefined = quiz
      ? {
          title: quiz.title.trim(),
          passMark: Number(quiz.passMark),
          attemptsPerDay: Number(quiz.attemptsPerDay),
          questions: quiz.questions.map((q) => ({ prompt: q.prompt.trim(), multiple: q.multiple, choices: q.choices.map((c) => c.trim()), correct: q.correct })),
        }
      : undefined;
    const done = (name: string) => {
      toast(`${name} saved`);
      onClose();
    };
    if (course) {
      update.mutate({ input: { id: course.id, title: title.trim(), summary, lessons: lessonInputs, quiz: quizInput } }, { onSuccess: (d) => done(d.updateCourse.course.title) });
    } else {
      create.mutate({ input: { title: title.trim(), summary, lessons: lessonInputs.map(({ id: _, ...l }) => l), quiz: quizInput } }, { onSuccess: (d) => done(d.createCourse.course.title) });
    }
  }

  const setLesson = (i: number, patch: Partial<LessonForm>) => setLessons((xs) => replaced(xs, i, { ...xs[i], ...patch }));

  return (
    <Dialog
      open
      onClose={onClose}
      title={course ? `Edit ${course.title}` : 'New course'}
      description="Lessons are taken in order; a quiz, if any, closes the course."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {course ? 'Save course' : 'Create course'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <TextField label="Course title" required value={title} onChange={(e) => setTitle(e.target.value)} error={checked ? titleError : undefined} />
        <TextAreaField label="Summary" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <fieldset className="stack" style={{ gap: 12 }}>
          <legend>Lessons</legend>
          {lessons.length === 0 && <p className="muted">No lessons yet.</p>}
          {checked && emptyError && <div className="error" role="alert">{emptyError}</div>}
          {lessons.map((l, i) => (
            <div key={i} className="card-body" style={{ border: '1px solid var(--border)', borderRadius: 8 }} data-testid="lesson-editor">
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong>Lesson {i + 1}</strong>
                <RowControls what={`lesson ${i + 1}`} i={i} n={lessons.length} onMove={(d) => setLessons((xs) => moved(xs, i, d))} onRemove={() => setLessons((xs) => without(xs, i))} />
              </div>
              <div className="form-grid">
                <TextField label={`Lesson ${i + 1} title`} value={l.title} onChange={(e) => setLesson(i, { title: e.target.value })} error={checked ? lessonErrors[i] : undefined} />
                <SelectField label={`Lesson ${i + 1} kind`} value={l.kind} onChange={(e) => setLesson(i, { kind: e.target.value as LessonKind })}>
                  {Object.values(LessonKind).map((k) => (
                    <option key={k} value={k}>
                      {kindLabels[k]}
                    </option>
                  ))}
                </SelectField>
                {l.kind === LessonKind.Video && <TextField className="full" label={`Lesson ${i + 1} video link`} placeholder="https://" value={l.videoUrl} onChange={(e) => setLesson(i, { videoUrl: e.target.value })} />}
                {l.kind === LessonKind.Content && <TextField className="full" label={`Lesson ${i + 1} content item ID`} value={l.contentRef} onChange={(e) => setLesson(i, { contentRef: e.target.value })} />}
                <TextAreaField
                  className="full"
                  label={l.kind === LessonKind.Markdown ? `Lesson ${i + 1} text` : `Lesson ${i + 1} introduction`}
                  hint="Markdown."
                  rows={3}
                  value={l.body}
                  onChange={(e) => setLesson(i, { body: e.target.value })}
                />
              </div>
            </div>
          ))}
          <div>
            <Button icon={<Plus size={16} aria-hidden="true" />} onClick={() => setLessons((xs) => [...xs, { title: '', kind: LessonKind.Markdown, body: '', videoUrl: '', contentRef: '' }])}>
              Add lesson
            </Button>
          </div>
        </fieldset>
        <fieldset className="stack" style={{ gap: 12 }}>
          <legend>Quiz</legend>
          {quiz ? (
            <>
              <QuizBuilder quiz={quiz} onChange={setQuiz} errors={checked ? qErrors : {}} />
              <div>
                <Button variant="ghost" onClick={() => setQuiz(null)}>
                  {existing ? 'Keep the current quiz' : 'No quiz'}
                </Button>
              </div>
            </>
          ) : (
            <>
              <p className="muted">
                {existing
                  ? `“${existing.title}”: ${existing.questions.length} questions, pass mark ${existing.passMark}%. Its answers are never shown; rewriting it means marking the right choices again. Past attempts keep their grades.`
                  : 'No quiz: the course is complete when its lessons are.'}
              </p>
              <div>
                <Button
                  icon={<Plus size={16} aria-hidden="true" />}
                  onClick={() =>
                    setQuiz(
                      existing
                        ? {
                            title: existing.title,
                            passMark: String(existing.passMark),
                            attemptsPerDay: String(existing.attemptsPerDay),
                            questions: existing.questions.map((q) => ({ prompt: q.prompt, multiple: q.multiple, choices: q.choices.map((c) => c.text), correct: [] })),
                          }
                        : { title: `${title.trim() || 'Course'} quiz`, passMark: '80', attemptsPerDay: '3', questions: [emptyQuestion()] },
                    )
                  }
                >
                  {existing ? 'Rewrite quiz' : 'Add quiz'}
                </Button>
              </div>
            </>
          )}
        </fieldset>
      </div>
    </Dialog>
  );
}
