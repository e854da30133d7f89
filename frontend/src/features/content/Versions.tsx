import { useState } from 'react';
import { Download } from 'lucide-react';
import { useGqlQuery } from '../../lib/query';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { ContentVersionsQuery } from './api/content';
import { fileSize, languageName } from './lib';

type Version = {
  id: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  file?: { id: string; name: string; size: number } | null;
};

/**
 * The preview of an item with a picker of its other language versions (those the reader may see):
 * the library lists one version of each item, this is where a reader switches to another.
 */
export function Versions({ item, onDownload }: { item: Version; onDownload: (fileId: string, name: string) => void }) {
  const q = useGqlQuery(ContentVersionsQuery, { id: item.id });
  const [chosen, setChosen] = useState(item.id);
  const others = q.data?.node && 'translations' in q.data.node ? q.data.node.translations : [];
  const versions: Version[] = [item, ...others];
  const shown = versions.find((v) => v.id === chosen) ?? item;

  return (
    <div className="stack" style={{ gap: 8 }}>
      {others.length > 0 && (
        <SelectField label={`Language versions of ${item.title}`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {languageName(v.language)}
            </option>
          ))}
        </SelectField>
      )}
      {shown.id !== item.id && (
        <>
          <h4 lang={shown.language}>{shown.title}</h4>
          {shown.file && (
            <p className="muted">
              <Button size="sm" onClick={() => onDownload(shown.file!.id, shown.file!.name)}>
                <Download size={16} aria-hidden="true" /> Download the {languageName(shown.language)} version
              </Button>{' '}
              {shown.file.name} · {fileSize(shown.file.size)}
            </p>
          )}
        </>
      )}
      <pre className="content-body" lang={shown.language}>
        {shown.body || shown.summary}
      </pre>
    </div>
  );
}
