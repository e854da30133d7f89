import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableExportButton } from './ExportButton';

/** Catches the file the button saves: its name and its text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return files;
}

/** A saved file's text. jsdom's Blob has no text(); its FileReader reads one. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('TableExportButton', () => {
  it('downloads the rows on screen as CSV, header first, formulas defused', async () => {
    const files = catchDownloads();
    const rows = [
      { name: 'Acme Reseller', decided: 4, rate: 0.75 },
      { name: '@evil', decided: 1, rate: 1 },
    ];
    render(
      <TableExportButton
        fileName="decision-times.csv"
        rows={rows}
        columns={[
          { header: 'reviewer.name', value: (r) => r.name },
          { header: 'decided', value: (r) => r.decided },
          { header: 'withinSlaRate', value: (r) => r.rate },
        ]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('decision-times.csv');
    expect(files[0].blob.type).toContain('text/csv');
    expect(await readText(files[0].blob)).toBe("reviewer.name,decided,withinSlaRate\nAcme Reseller,4,0.75\n'@evil,1,1\n");
  });

  it('says so when the file cannot be made', async () => {
    catchDownloads();
    render(
      <TableExportButton
        fileName="broken.csv"
        rows={[1]}
        columns={[
          {
            header: 'x',
            value: () => {
              throw new Error('boom');
            },
          },
        ]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Export failed/);
  });
});
