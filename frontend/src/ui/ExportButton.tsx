import { useState } from 'react';
import { Download } from 'lucide-react';
import { fetchCsvExport, type CsvExport } from '../lib/api';
import { downloadCsv, saveFile, tableCsv, type CsvColumn } from '../lib/csv';
import { describeError } from '../lib/errors';
import { Button } from './Button';

/** The "Export CSV" button under a table: busy while the file is made, the failure beside it. */
function CsvButton({ onExport }: { onExport: () => Promise<void> | void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      await onExport();
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

/** "Export CSV": the whole list behind a table, with its filters, streamed by the server. */
export function ExportButton({ csv }: { csv: CsvExport }) {
  return (
    <CsvButton
      onExport={async () => {
        const { blob, fileName } = await fetchCsvExport(csv);
        saveFile(fileName, blob);
      }}
    />
  );
}

/**
 * "Export CSV" for a table the portal computes (not a paged list of the API): the rows on screen,
 * built in the browser. Give raw values (minor units with a currency column, ISO times), not the
 * formatted text of the cells, as the server's exports do.
 */
export function TableExportButton<T>({ fileName, columns, rows }: { fileName: string; columns: readonly CsvColumn<T>[]; rows: readonly T[] }) {
  return <CsvButton onExport={() => downloadCsv(fileName, tableCsv(columns, rows))} />;
}
