import { useState } from 'react';
import { BookOpen, Download, ExternalLink, Eye } from 'lucide-react';
import { ContentKind } from '../../gql/graphql';
import { request } from '../../lib/api';
import { isVendor } from '../../lib/roles';
import { useViewer } from '../../lib/session';
import { useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { nodes } from '../../lib/connection';
import { Badge, TierBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { SelectField, TextField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonRows } from '../../ui/States';
import { LibraryQuery, LibraryTiersQuery, RecordViewMutation } from './api/content';
import { downloadFile, fileSize, kindLabels, languageName, libraryVariables, librarySorts, NO_MINIMUM_TIER, type LibrarySort } from './lib';
import { Versions } from './Versions';

/** The partner's content library: what their tier and partner type qualify for. */
export default function Library() {
  usePageTitle('Content library');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const [tier, setTier] = useState('');
  // The vendor sees every tier's items, so a tier filter helps them; a partner sees their tier's only.
  const vendor = isVendor(useViewer().role);
  const tiers = useGqlQuery(LibraryTiersQuery, {}, { enabled: vendor });
  const q = useGqlQuery(LibraryQuery, libraryVariables({ search, kind, sort, tier }), { keepPrevious: true });
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = q.data ? nodes(q.data.contents) : [];

  const preview = (id: string) => {
    setOpen(open === id ? null : id);
    if (open !== id) void request(RecordViewMutation, { input: { id } }).catch(() => {});
  };
  const download = async (fileId: string, name: string) => {
    setError(null);
    try {
      await downloadFile(fileId, name);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <PageHeader title="Content library" subtitle="Playbooks, sales decks, datasheets and campaign kits for your tier." />
      <Card>
        <form role="search" aria-label="Search the library" className="form-grid" onSubmit={(e) => e.preventDefault()}>
          <TextField label="Search" placeholder="Title, summary or tag" value={search} onChange={(e) => setSearch(e.target.value)} />
          <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {Object.values(ContentKind).map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            {librarySorts.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
          {vendor && (
            <SelectField label="Minimum tier" value={tier} onChange={(e) => setTier(e.target.value)}>
              <option value="">All tiers</option>
              <option value={NO_MINIMUM_TIER}>No minimum (every tier)</option>
              {(tiers.data ? nodes(tiers.data.tiers) : []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </SelectField>
          )}
        </form>
      </Card>
      {error != null && <ErrorAlert error={error} />}
      {q.isPending ? (
        <SkeletonRows />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<BookOpen size={22} />} title="No content found">
          Nothing in the library matches; try another search.
        </EmptyState>
      ) : (
        <ul className="content-list" aria-label="Content">
          {items.map((c) => (
            <li key={c.id}>
              <Card
                as="article"
                title={c.title}
                hint={
                  <>
                    <Badge tone="info">{kindLabels[c.kind]}</Badge> <Badge>{languageName(c.language)}</Badge>{' '}
                    {c.minTier && <TierBadge tier={c.minTier} />}{' '}
                    {c.stale && <Badge tone="warning">Due for review</Badge>}
                  </>
                }
                actions={
                  <>
                    <Button size="sm" variant="ghost" onClick={() => preview(c.id)} aria-expanded={open === c.id}>
                      <Eye size={16} aria-hidden="true" /> Preview
                    </Button>
                    {c.file && (
                      <Button size="sm" variant="primary" onClick={() => void download(c.file!.id, c.file!.name)}>
                        <Download size={16} aria-hidden="true" /> Download
                      </Button>
                    )}
                    {c.externalURL && (
                      <a className="btn btn-sm" href={c.externalURL} target="_blank" rel="noopener noreferrer">
                        <ExternalLink size={16} aria-hidden="true" /> Open
                      </a>
                    )}
                  </>
                }
              >
                <p>{c.summary}</p>
                {c.file && (
                  <p className="muted">
                    {c.file.name} · {fileSize(c.file.size)} · version {c.version}
                  </p>
                )}
                {c.tags.length > 0 && <p className="muted">{c.tags.map((t) => `#${t}`).join(' ')}</p>}
                {open === c.id && <Versions item={c} onDownload={(id, name) => void download(id, name)} />}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
