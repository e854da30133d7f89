import { Plus, Trash2 } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { moved, replaced, RowControls, without } from './list';

export interface QuestionForm {
  prompt: string;
  multiple: boolean;
  choices: string[];
  /** Indexes of the right choices. */
  correct: number[];
}

export interface QuizForm {
  title: string;
  passMark: string;
  attemptsPerDay: string;
  questions: QuestionForm[];
}

export type QuizErrors = Partial<Record<'title' | 'passMark' | 'attemptsPerDay' | 'questions', string>> & { [question: `q${number}`]: string };

export function emptyQuestion(): QuestionForm {
  return { prompt: '', multiple: false, choices: ['', ''], correct: [] };
}

function whole(raw: string, lo: number, hi: number): boolean {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isInteger(n) && n >= lo && n <= hi;
}

/** The same rules the API applies, said before sending. */
export function quizErrors(q: QuizForm): QuizErrors {
  const errors: QuizErrors = {};
  if (!q.title.trim()) errors.title = 'Give the quiz a title.';
  if (!whole(q.passMark, 1, 100)) errors.passMark = 'The pass mark is a percentage from 1 to 100.';
  if (!whole(q.attemptsPerDay, 1, 20)) errors.attemptsPerDay = 'Allow 1 to 20 attempts per day.';
  if (q.questions.length === 0) errors.questions = 'Add at least one question.';
  q.questions.forEach((x, i) => {
    if (!x.prompt.trim() || x.choices.length < 2 || x.choices.some((c) => !c.trim())) errors[`q${i}`] = 'A question has a prompt and at least two filled-in choices.';
    else if (x.correct.length === 0 || (!x.multiple && x.correct.length !== 1)) errors[`q${i}`] = x.multiple ? 'Mark at least one right choice.' : 'Mark the one right choice.';
  });
  return errors;
}

/** Builds a quiz: single- or multiple-choice questions with their right choices marked. */
export function QuizBuilder({ quiz, onChange, errors }: { quiz: QuizForm; onChange: (q: QuizForm) => void; errors: QuizErrors }) {
  const setQuestion = (i: number, patch: Partial<QuestionForm>) => onChange({ ...quiz, questions: replaced(quiz.questions, i, { ...quiz.questions[i], ...patch }) });
  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="form-grid">
        <TextField className="full" label="Quiz title" value={quiz.title} onChange={(e) => onChange({ ...quiz, title: e.target.value })} error={errors.title} />
        <TextField label="Pass mark (%)" inputMode="numeric" value={quiz.passMark} onChange={(e) => onChange({ ...quiz, passMark: e.target.value })} error={errors.passMark} />
        <TextField label="Attempts per day" inputMode="numeric" value={quiz.attemptsPerDay} onChange={(e) => onChange({ ...quiz, attemptsPerDay: e.target.value })} error={errors.attemptsPerDay} />
      </div>
      {errors.questions && (
        <div className="error" role="alert">
          {errors.questions}
        </div>
      )}
      {quiz.questions.map((q, i) => {
        const n = i + 1;
        const toggle = (j: number, on: boolean) =>
          setQuestion(i, { correct: q.multiple ? (on ? [...q.correct, j].sort() : q.correct.filter((k) => k !== j)) : on ? [j] : [] });
        return (
          <fieldset key={i} className="card-body stack" style={{ gap: 8, border: '1px solid var(--border)', borderRadius: 8 }} data-testid="question-editor">
            <legend>Question {n}</legend>
            <div className="row" style={{ justifyContent: 'flex-end' }}>
              <RowControls
                what={`question ${n}`}
                i={i}
                n={quiz.questions.length}
                onMove={(d) => onChange({ ...quiz, questions: moved(quiz.questions, i, d) })}
                onRemove={() => onChange({ ...quiz, questions: without(quiz.questions, i) })}
              />
            </div>
            <TextField label={`Question ${n} prompt`} value={q.prompt} onChange={(e) => setQuestion(i, { prompt: e.target.value })} error={errors[`q${i}`]} />
            <label className="row" style={{ gap: 8 }}>
              <input type="checkbox" checked={q.multiple} onChange={(e) => setQuestion(i, { multiple: e.target.checked, correct: e.target.checked ? q.correct : q.correct.slice(0, 1) })} />
              Question {n}: several choices are right
            </label>
            {q.choices.map((c, j) => (
              <div key={j} className="row" style={{ gap: 8, alignItems: 'flex-end' }}>
                <TextField
                  style={{ flex: 1 }}
                  label={`Question ${n} choice ${j + 1}`}
                  value={c}
                  onChange={(e) => setQuestion(i, { choices: replaced(q.choices, j, e.target.value) })}
                />
                <label className="row" style={{ gap: 4, paddingBottom: 8 }}>
                  <input
                    type={q.multiple ? 'checkbox' : 'radio'}
                    name={`question-${i}-right`}
                    checked={q.correct.includes(j)}
                    onChange={(e) => toggle(j, e.target.checked)}
                  />
                  Right<span className="visually-hidden">{`: question ${n} choice ${j + 1}`}</span>
                </label>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<Trash2 size={14} aria-hidden="true" />}
                  aria-label={`Remove question ${n} choice ${j + 1}`}
                  disabled={q.choices.length <= 2}
                  onClick={() => setQuestion(i, { choices: without(q.choices, j), correct: q.correct.filter((k) => k !== j).map((k) => (k > j ? k - 1 : k)) })}
                />
              </div>
            ))}
            <div>
              <Button size="sm" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setQuestion(i, { choices: [...q.choices, ''] })}>
                Add a choice to question {n}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button icon={<Plus size={16} aria-hidden="true" />} onClick={() => onChange({ ...quiz, questions: [...quiz.questions, emptyQuestion()] })}>
          Add question
        </Button>
      </div>
    </div>
  );
}
