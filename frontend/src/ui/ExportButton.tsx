import { useState } from 'react';
import { Download } from 'lucide-react';
import { fetchCsvExport, type CsvExport } from '../lib/api';
import { describeError } from '../lib/errors';
import { Button } from './Button';

/** "Export CSV": the whole list behind a table, with its filters, downloaded as a file. */
export function ExportButton({ csv }: { csv: CsvExport }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await fetchCsvExport(csv);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      const d = describeError(e);
      setError(`Export failed: ${d.detail}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="table-export">
      <Button size="sm" variant="ghost" icon={<Download size={14} aria-hidden="true" />} loading={busy} onClick={() => void download()}>
        Export CSV
      </Button>
      {error && (
        <span role="alert" className="small">
          {error}
        </span>
      )}
    </div>
  );
}
