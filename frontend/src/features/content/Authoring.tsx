import { useMemo, useState, type FormEvent } from 'react';
import { Upload } from 'lucide-react';
import { ContentKind, PartnerType, type CreateContentInput } from '../../gql/graphql';
import { uploadRequest } from '../../lib/api';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { nodes } from '../../lib/connection';
import { useViewer } from '../../lib/session';
import { UserRole } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { CountBarChart } from '../../ui/charts';
import { ExportButton } from '../../ui/ExportButton';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ErrorAlert, ErrorState, SkeletonRows } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { AuthoringQuery, ArchiveContentMutation, CreateContentMutation, LibraryQuery, PublishContentMutation } from './api/content';
import { EditContent } from './EditContent';
import { kindLabels, languageChoices, languageName } from './lib';

const DAY = 86_400_000;

/** The vendor's side of the library: author with uploads, publish, archive, stale list, engagement. */
export default function Authoring() {
  usePageTitle('Content');
  const viewer = useViewer();
  const admin = viewer.role === UserRole.Admin;
  const period = useMemo(() => ({ from: new Date(Date.now() - 56 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() }), []);
  const meta = useGqlQuery(AuthoringQuery, period);
  const list = useGqlQuery(LibraryQuery, {});
  const publish = useGqlMutation(PublishContentMutation);
  const archive = useGqlMutation(ArchiveContentMutation);
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const editItem = editing && list.data ? nodes(list.data.contents).find((c) => c.id === editing) : undefined;

  return (
    <>
      <PageHeader title="Content" subtitle="Publish enablement content by tier and partner type, keep it current, see what partners use." />
      {admin && (
        <NewContent
          tiers={meta.data ? nodes(meta.data.tiers) : []}
          items={list.data ? nodes(list.data.contents) : []}
          onCreated={() => void list.refetch()}
        />
      )}
      {admin && editItem && (
        <EditContent
          key={editItem.id}
          item={editItem}
          tiers={meta.data ? nodes(meta.data.tiers) : []}
          onDone={(saved) => {
            setEditing(null);
            if (saved) void list.refetch();
          }}
        />
      )}
      {(publish.error || archive.error) && <ErrorAlert error={publish.error ?? archive.error} />}
      <Card title="Library" flush>
        {list.isPending ? (
          <SkeletonRows />
        ) : list.isError ? (
          <ErrorState error={list.error} />
        ) : (
          <table className="table" aria-label="Content items">
            <thead>
              <tr>
                <th>Title</th>
                <th>Kind</th>
                <th>Language</th>
                <th>Minimum tier</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {nodes(list.data.contents).map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.title} {c.stale && <Badge tone="warning">Stale</Badge>}
                  </td>
                  <td>{kindLabels[c.kind]}</td>
                  <td>{languageName(c.language)}</td>
                  <td>{c.minTier?.name ?? 'Every tier'}</td>
                  <td>{c.status}</td>
                  <td>
                    {admin && c.status !== 'ARCHIVED' && (
                      <Button size="sm" variant="ghost" aria-label={`Edit ${c.title}`} onClick={() => setEditing(c.id)}>
                        Edit
                      </Button>
                    )}{' '}
                    {admin && c.status !== 'PUBLISHED' && (
                      <Button size="sm" onClick={() => publish.mutate({ input: { id: c.id } }, { onSuccess: () => toast(`Published ${c.title}`) })}>
                        Publish {c.title}
                      </Button>
                    )}
                    {admin && c.status === 'PUBLISHED' && (
                      <Button size="sm" variant="ghost" onClick={() => archive.mutate({ input: { id: c.id } }, { onSuccess: () => toast(`Archived ${c.title}`) })}>
                        Archive
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list.data && list.data.contents.totalCount > 0 && (
          <ExportButton
            csv={{
              list: 'contents',
              fields: ['title', 'kind', 'minTier.name', 'status', 'stale', 'publishedAt', 'reviewBy'],
              orderBy: { field: 'PUBLISHED_AT', direction: 'DESC' },
            }}
          />
        )}
      </Card>
      {meta.data && (
        <>
          <Card title={`Due for review (${meta.data.staleContent.totalCount})`} hint="Published items past their review-by date.">
            <ul aria-label="Stale content">
              {nodes(meta.data.staleContent).map((c) => (
                <li key={c.id}>
                  {c.title} — review was due {c.reviewBy?.slice(0, 10)}
                </li>
              ))}
            </ul>
          </Card>
          <Card
            title="Partner engagement, last eight weeks"
            hint={`${meta.data.contentEngagement.views} views, ${meta.data.contentEngagement.downloads} downloads, ${meta.data.contentEngagement.activePartners} active partners`}
          >
            <CountBarChart
              label="Downloads by kind of content"
              noun="downloads"
              layout="horizontal-bars"
              data={meta.data.contentEngagement.rows.map((r) => ({ label: kindLabels[r.key as ContentKind] ?? r.label, value: r.downloads }))}
            />
          </Card>
        </>
      )}
    </>
  );
}

function NewContent({
  tiers,
  items,
  onCreated,
}: {
  tiers: { id: string; name: string }[];
  items: { id: string; title: string; language: string }[];
  onCreated: () => void;
}) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [kind, setKind] = useState<ContentKind>(ContentKind.SalesDeck);
  const [tier, setTier] = useState('');
  const [audience, setAudience] = useState('');
  const [tags, setTags] = useState('');
  const [language, setLanguage] = useState('en');
  const [translationOf, setTranslationOf] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const input: CreateContentInput = {
      title,
      summary,
      kind,
      minTierId: tier || undefined,
      partnerTypes: audience ? [audience as PartnerType] : translationOf ? undefined : [],
      tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
      language,
      translationOf: translationOf || undefined,
    };
    try {
      if (file) {
        await uploadRequest(CreateContentMutation, { input: { ...input, file: null as unknown as File } }, file, 'variables.input.file');
      } else {
        throw new Error('Choose a file to upload.');
      }
      toast(`Created ${title} as a draft`);
      setTitle('');
      setSummary('');
      setTags('');
      setTranslationOf('');
      setFile(null);
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="New content">
      <form aria-label="New content" className="form-grid" onSubmit={(e) => void submit(e)}>
        <TextField label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as ContentKind)}>
          {Object.values(ContentKind).map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Minimum tier" value={tier} onChange={(e) => setTier(e.target.value)}>
          <option value="">Every tier</option>
          {tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Partner type" value={audience} onChange={(e) => setAudience(e.target.value)}>
          <option value="">Every type</option>
          {Object.values(PartnerType).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <SelectField label="Language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          {languageChoices.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Translation of"
          hint="A translation joins that item's language versions and takes its tier and partner types when none are chosen."
          value={translationOf}
          onChange={(e) => setTranslationOf(e.target.value)}
        >
          <option value="">Nothing: a new item</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title} ({languageName(i.language)})
            </option>
          ))}
        </SelectField>
        <TextAreaField label="Summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
        <TextField label="Tags" hint="Comma-separated" value={tags} onChange={(e) => setTags(e.target.value)} />
        <TextField
          label="File"
          type="file"
          hint="PDF, Office, image, MP4, ZIP, text or Markdown; at most 50 MB."
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {error != null && <ErrorAlert error={error} />}
        <Button type="submit" variant="primary" disabled={busy}>
          <Upload size={16} aria-hidden="true" /> Upload as draft
        </Button>
      </form>
    </Card>
  );
}
