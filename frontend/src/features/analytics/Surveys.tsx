import { useState, type FormEvent } from 'react';
import { nodes } from '../../lib/connection';
import { date } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { ExportButton } from '../../ui/ExportButton';
import { TextField } from '../../ui/Field';
import { Alert, EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { CreateSurveyMutation, SendSurveyMutation, SurveysQuery } from './api/analytics';

/** The channel team's surveys: write one, send it to every active partner person, see when it went. */
export default function Surveys() {
  usePageTitle('Partner surveys');
  const q = useGqlQuery(SurveysQuery, {});
  const create = useGqlMutation(CreateSurveyMutation);
  const send = useGqlMutation(SendSurveyMutation);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { input: { title, questions: question.trim() ? [question.trim()] : [] } },
      {
        onSuccess: () => {
          setTitle('');
          setQuestion('');
        },
      },
    );
  };
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const surveys = nodes(q.data.surveys);
  return (
    <>
      <PageHeader
        title="Partner surveys"
        subtitle="NPS = % promoters (9–10) − % detractors (0–6). Answers are attributed to the organisation, never shown to other partners."
      />
      <div className="stack" style={{ gap: 24 }}>
        <Card title="New survey" hint="Every survey asks the 0–10 recommendation question; add one free-text question if you like.">
          <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
            {create.error && <ErrorAlert error={create.error} />}
            <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} required />
            <TextField label="Optional question" value={question} onChange={(e) => setQuestion(e.target.value)} />
            <div>
              <Button type="submit" loading={create.isPending}>
                Create survey
              </Button>
            </div>
          </form>
        </Card>
        <Card title="Surveys">
          {send.error && <ErrorAlert error={send.error} />}
          {sent && <Alert tone="success">{sent}</Alert>}
          {surveys.length === 0 ? (
            <EmptyState title="No surveys yet">Create one above.</EmptyState>
          ) : (
            <table className="table" aria-label="Surveys">
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Created</th>
                  <th>Last sent</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {surveys.map((s) => (
                  <tr key={s.id} data-testid="survey">
                    <td>{s.title}</td>
                    <td>{date(s.createdAt)}</td>
                    <td>{s.sentAt ? date(s.sentAt) : 'Not sent'}</td>
                    <td>
                      <Button
                        size="sm"
                        loading={send.isPending}
                        onClick={() =>
                          send.mutate(
                            { input: { surveyId: s.id } },
                            { onSuccess: (r) => setSent(`${s.title}: ${r.sendSurvey.invited} people invited by e-mail.`) },
                          )
                        }
                      >
                        Send to all partners
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {surveys.length > 0 && (
            <ExportButton csv={{ list: 'surveys', fields: ['title', 'createdAt', 'sentAt'], orderBy: { field: 'CREATED_AT', direction: 'DESC' } }} />
          )}
        </Card>
      </div>
    </>
  );
}
