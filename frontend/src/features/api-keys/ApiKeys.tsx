import { useState } from 'react';
import { Link } from 'react-router';
import { Check, Copy, KeyRound, Plus, ShieldAlert } from 'lucide-react';
import type { ApiKeyScope, ApiKeyWhereInput } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { date, relative } from '../../lib/format';
import { useListParams } from '../../lib/listParams';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { Alert, EmptyState, ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './api/apiKeys';

const expiryChoices = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
  { value: '', label: 'Never (until revoked)' },
];

function CopyField({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor="secret">{label}</label>
      <div className="row" style={{ flexWrap: 'nowrap' }}>
        <input id="secret" className="input mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid="api-key-secret" />
        <Button
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              document.getElementById('secret')?.focus();
            }
          }}
          icon={copied ? <Check size={15} aria-hidden="true" /> : <Copy size={15} aria-hidden="true" />}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}

function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('READ');
  const [expiry, setExpiry] = useState('90');
  const [nameError, setNameError] = useState<string>();
  const m = useGqlMutation(CreateApiKeyMutation);
  const created = m.data?.createApiKey;
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);

  if (created) {
    return (
      <Dialog
        open
        onClose={onClose}
        title="Copy your new key now"
        description={`“${created.apiKey.name}” is ready. This is the only time the whole key is shown.`}
        footer={
          <Button variant="primary" onClick={onClose}>
            I have copied it
          </Button>
        }
      >
        <div className="stack" style={{ gap: 14 }}>
          <CopyField value={created.secret} label="API key" />
          <Alert tone="warning" title="Store it like a password">
            We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.
          </Alert>
          <div className="muted" style={{ fontSize: '0.85rem' }}>
            Send it with each request: <span className="mono">Authorization: Bearer phk_{created.apiKey.prefix}_…</span> to{' '}
            <span className="mono">POST /query</span>.
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="New API key"
      description="For a script or integration, such as syncing deals with your CRM. It never does more than you may."
      onSubmit={() => {
        if (!name.trim()) {
          setNameError('Say what the key is for, e.g. CRM sync.');
          return;
        }
        setNameError(undefined);
        const expiresAt = expiry ? new Date(Date.now() + Number(expiry) * 86_400_000).toISOString() : undefined;
        m.mutate({ input: { name: name.trim(), scope, expiresAt } });
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Create key
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) && <ErrorAlert error={m.error} />}
        <TextField label="What is it for?" required placeholder="CRM sync" value={name} onChange={(e) => setName(e.target.value)} error={nameError ?? server('name')} />
        <SelectField label="Access" value={scope} onChange={(e) => setScope(e.target.value as ApiKeyScope)} error={server('scope')}>
          <option value="READ">Read only: queries</option>
          <option value="READ_WRITE">Read and write: queries and changes</option>
        </SelectField>
        <SelectField label="Expires" value={expiry} onChange={(e) => setExpiry(e.target.value)} error={server('expiresAt')}>
          {expiryChoices.map((c) => (
            <option key={c.label} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
      </div>
    </Dialog>
  );
}

function RevokeDialog({ apiKey, onClose }: { apiKey: { id: string; name: string }; onClose: () => void }) {
  const m = useGqlMutation(RevokeApiKeyMutation);
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Revoke “${apiKey.name}”?`}
      onSubmit={() =>
        m.mutate(
          { input: { id: apiKey.id } },
          {
            onSuccess: () => {
              toast(`“${apiKey.name}” is revoked`);
              onClose();
            },
          },
        )
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Revoke key
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 12 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <Alert tone="warning" title="It stops working at once">
          Scripts using it will get an error on their next request.
        </Alert>
      </div>
    </Dialog>
  );
}

function keyState(k: { revokedAt: string | null; expiresAt: string | null }): { label: string; tone: 'success' | 'neutral' | 'warning' } {
  if (k.revokedAt) return { label: 'Revoked', tone: 'neutral' };
  if (k.expiresAt && new Date(k.expiresAt).getTime() < Date.now()) return { label: 'Expired', tone: 'warning' };
  return { label: 'Active', tone: 'success' };
}

export default function ApiKeys() {
  usePageTitle('API keys');
  const viewer = useViewer();
  const list = useListParams<'CREATED_AT'>({ sort: 'CREATED_AT', direction: 'DESC' });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const showAll = list.get('show') === 'all';
  const where: ApiKeyWhereInput = showAll ? {} : { revokedAtIsNil: true };
  const q = useGqlQuery(ApiKeysQuery, { ...list.pageVars, where }, { keepPrevious: true });
  const conn = q.data?.apiKeys;
  const rows = nodes(conn);

  return (
    <>
      <PageHeader
        title="API keys"
        subtitle={
          viewer.partner
            ? `Keys let your developers query and update ${viewer.partner.name}’s data from their own systems, with the GraphQL API.`
            : 'Keys for the channel team’s scripts and integrations with the GraphQL API.'
        }
        actions={
          <>
            <div className="segmented" role="group" aria-label="Which keys">
              <button type="button" aria-pressed={!showAll} onClick={() => list.update({ show: '' })}>
                In use
              </button>
              <button type="button" aria-pressed={showAll} onClick={() => list.update({ show: 'all' })}>
                All, with revoked
              </button>
            </div>
            <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
              New API key
            </Button>
          </>
        }
      />
      <section className="card" aria-label="API keys">
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="keys"
          csv={{ list: 'apiKeys', fields: ['name', 'prefix', 'scope', 'createdAt', 'creator.name', 'partner.name', 'lastUsedAt', 'expiresAt', 'revokedAt'], where, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }}
          skeleton={{ rows: 3, columns: viewer.partner ? 6 : 7 }}
          empty={
            <EmptyState
              icon={<KeyRound size={22} />}
              title="No API keys yet"
              action={
                <Button variant="primary" onClick={() => setCreating(true)}>
                  Create the first key
                </Button>
              }
            >
              Create a key for each script, so you can revoke one without stopping the others.
            </EmptyState>
          }
        >
          <thead>
            <tr>
              <th scope="col">Key</th>
              {!viewer.partner && <th scope="col">Organisation</th>}
              <th scope="col">Access</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => {
              const st = keyState(k);
              return (
                <tr key={k.id}>
                  <td>
                    <div className="cell-title">{k.name}</div>
                    <div className="cell-sub mono">phk_{k.prefix}_…</div>
                  </td>
                  {!viewer.partner && (
                    <td data-label="Organisation">
                      {/* Keys of a partner act inside that partner only; the channel team's own keys act for the vendor. */}
                      {k.partner ? <Link to={`/partners/${k.partner.id}`}>{k.partner.name}</Link> : 'Channel team'}
                    </td>
                  )}
                  <td data-label="Access">{k.scope === 'READ' ? 'Read only' : 'Read and write'}</td>
                  <td data-label="Status">
                    <Badge tone={st.tone} dot>
                      {st.label}
                    </Badge>
                  </td>
                  <td data-label="Created">
                    <div>{date(k.createdAt)}</div>
                    <div className="cell-sub">by {k.creator.name}</div>
                  </td>
                  <td data-label="Last used">{k.lastUsedAt ? relative(k.lastUsedAt) : 'Never'}</td>
                  <td data-label="Expires">{k.expiresAt ? date(k.expiresAt) : 'Never'}</td>
                  <td className="num">
                    {!k.revokedAt && (
                      <Button size="sm" variant="ghost" icon={<ShieldAlert size={14} aria-hidden="true" />} onClick={() => setRevoking(k)} aria-label={`Revoke ${k.name}`}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ConnectionTable>
      </section>
      {creating && <CreateKeyDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}
