import { useState } from 'react';
import { FileUp } from 'lucide-react';
import type { UserRole } from '../../gql/graphql';
import { useGqlMutation } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { SelectField } from '../../ui/Field';
import { Alert, EmptyState, ErrorAlert } from '../../ui/States';
import { ImportExchangeRatesMutation, ImportLeadsMutation, ImportPartnersMutation, ImportUsersMutation } from './api/imports';
import { importKinds, kindsFor, outcome, type ImportKind, type Report } from './kinds';

/** CSV imports: check a file (the dry run's row-level report), then write it all or nothing. */
export default function Imports() {
  usePageTitle('Imports');
  const viewer = useViewer();
  const allowed = viewer ? kindsFor(viewer.role as UserRole) : [];
  const [kind, setKind] = useState<ImportKind | undefined>(allowed[0]);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ kind: ImportKind; report: Report } | null>(null);
  const partners = useGqlMutation(ImportPartnersMutation);
  const leads = useGqlMutation(ImportLeadsMutation);
  const users = useGqlMutation(ImportUsersMutation);
  const rates = useGqlMutation(ImportExchangeRatesMutation);
  if (!kind) return <EmptyState title="Nothing to import">Your role has no CSV imports.</EmptyState>;
  const info = importKinds[kind];
  const busy = partners.isPending || leads.isPending || users.isPending || rates.isPending;
  const error = { partners: partners.error, leads: leads.error, users: users.error, exchangeRates: rates.error }[kind];

  async function run(dryRun: boolean) {
    if (!file || !kind) return;
    setResult(null);
    const input = { input: { csv: await file.text(), dryRun } };
    const k = kind;
    const done = (report: Report) => setResult({ kind: k, report });
    if (k === 'partners') partners.mutate(input, { onSuccess: (d) => done(d.importPartners.report) });
    if (k === 'leads') leads.mutate(input, { onSuccess: (d) => done(d.importLeads.report) });
    if (k === 'users') users.mutate(input, { onSuccess: (d) => done(d.importUsers.report) });
    if (k === 'exchangeRates') rates.mutate(input, { onSuccess: (d) => done(d.importExchangeRates.report) });
  }

  const said = result && result.kind === kind ? outcome(kind, result.report) : null;
  return (
    <>
      <PageHeader
        title="Imports"
        subtitle="Bring records in from a CSV file. Check it first: every row is validated exactly like a single entry and nothing is written. An import writes every row, or none when any row is wrong."
      />
      <Card title="File" labelledBy="import-file">
        <form className="stack" style={{ gap: 16 }} onSubmit={(e) => (e.preventDefault(), run(true))}>
          <div className="form-grid">
            <SelectField
              label="What to import"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                setResult(null);
              }}
            >
              {allowed.map((k) => (
                <option key={k} value={k}>
                  {importKinds[k].label}
                </option>
              ))}
            </SelectField>
            <div className="field">
              <label htmlFor="import-csv">CSV file</label>
              <input
                id="import-csv"
                className="input"
                type="file"
                accept=".csv,text/csv"
                aria-describedby="import-csv-hint"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setResult(null);
                }}
              />
              <div className="hint" id="import-csv-hint">
                Header line first; at most 5,000 rows. <a href="#import-columns">Columns for {info.label.toLowerCase()}</a>
              </div>
            </div>
          </div>
          <div className="row">
            <Button type="submit" disabled={!file} loading={busy}>
              Check
            </Button>
            <Button variant="primary" icon={<FileUp size={16} aria-hidden="true" />} disabled={!file || busy} onClick={() => run(false)}>
              Import
            </Button>
          </div>
          <ErrorAlert error={error} />
        </form>
      </Card>
      {said && result && (
        <Card title={result.report.dryRun ? 'Check' : 'Import'} labelledBy="import-report">
          <div className="stack" style={{ gap: 12 }} data-testid="import-report">
            <Alert tone={said.tone} title={said.title}>
              {said.detail}
            </Alert>
            {result.report.errors.length > 0 && (
              <div className="table-wrap" tabIndex={0} role="region" aria-label="Problems by row">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.report.errors.map((e, i) => (
                      <tr key={i}>
                        <td>{e.row}</td>
                        <td>{e.field ? <code>{e.field}</code> : '—'}</td>
                        <td>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </Card>
      )}
      <Card title={`Columns for ${info.label.toLowerCase()}`} labelledBy="import-columns" hint="Any order, case-insensitive; unknown columns are refused. Row 1 is the line after the header.">
        <div className="stack import-columns" style={{ gap: 12 }}>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Column reference">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Required</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {info.columns.map((c) => (
                  <tr key={c.name}>
                    <td>
                      <code>{c.name}</code>
                    </td>
                    <td>{c.required ? <Badge tone="warning">Required</Badge> : 'Optional'}</td>
                    <td>{c.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            Example:
            <pre className="mono" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {info.example}
            </pre>
          </div>
        </div>
      </Card>
    </>
  );
}
