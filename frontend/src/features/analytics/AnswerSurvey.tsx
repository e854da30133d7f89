import { useState, type FormEvent } from 'react';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { Alert, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { AnswerSurveyMutation, SurveyByTokenQuery } from './api/analytics';

function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** The public answer page behind a survey's one-time link: no sign-in, one answer. */
export default function AnswerSurvey() {
  usePageTitle('Partner survey');
  const [token] = useState(tokenFromHash);
  const q = useGqlQuery(SurveyByTokenQuery, { token }, { enabled: token !== '' });
  const answer = useGqlMutation(AnswerSurveyMutation);
  const [score, setScore] = useState<number | null>(null);
  const [text, setText] = useState('');
  if (!token) return (
      <AuthLayout>
        <h1>Partner survey</h1>
        <Alert tone="danger">This link has no token. Open the link from your e-mail.</Alert>
      </AuthLayout>
    );
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.error) return <ErrorState error={q.error} />;
  const s = q.data.surveyByToken;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (score == null) return;
    answer.mutate({ input: { token, score, answers: s.questions.length > 0 ? [text] : [] } });
  };
  return (
    <AuthLayout>
      <h1>{s.title}</h1>
      {s.answered || answer.isSuccess ? (
        <Alert tone="success">Thank you — your answer is recorded. This link has been used.</Alert>
      ) : (
        <form onSubmit={submit} className="stack" style={{ gap: 16 }}>
          {answer.error && <ErrorAlert error={answer.error} />}
          <fieldset>
            <legend>{s.npsQuestion}</legend>
            <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }} role="radiogroup" aria-label="Score from 0 to 10">
              {Array.from({ length: 11 }, (_, i) => (
                <label key={i} className="chip">
                  <input type="radio" name="score" value={i} checked={score === i} onChange={() => setScore(i)} /> {i}
                </label>
              ))}
            </div>
          </fieldset>
          {s.questions.map((question) => (
            <TextAreaField key={question} label={question} value={text} onChange={(e) => setText(e.target.value)} />
          ))}
          <p className="muted">Your answer is shared with the vendor's channel team as your organisation's, never with other partners.</p>
          <div>
            <Button type="submit" disabled={score == null} loading={answer.isPending}>
              Send answer
            </Button>
          </div>
        </form>
      )}
    </AuthLayout>
  );
}
