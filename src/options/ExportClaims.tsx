import { useState } from 'preact/hooks';
import type { ExportPage } from '../shared/data-views.ts';
import { sendToBackground } from '../shared/messages.ts';
import { exportFileName } from '../shared/ui/data-summary.ts';
import { countOf } from '../shared/ui/format.ts';
import { errorText } from './use-settings.ts';

const pageSize = 500;
// A store of a few million claims fits in this many pages; the bound stops a cursor that never ends.
const maxPages = 20_000;

/** Exports every claim as a JSON lines file (a header line, then one claim a line), a page at a time. */
export function ExportClaims() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setStatus('Exporting…');
    try {
      const lines: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < maxPages; page += 1) {
        const next: ExportPage = await sendToBackground('export-claims', { cursor, limit: pageSize });
        // Lines are joined with one newline each; blank ones would only make the file untidy.
        for (const line of next.lines) if (line.trim()) lines.push(line.replace(/\n+$/, ''));
        if (next.cursor === null || next.cursor === cursor) break;
        cursor = next.cursor;
        setStatus(`Exporting… ${countOf(Math.max(0, lines.length - 1), 'claim')} so far`);
      }
      const url = URL.createObjectURL(
        new Blob([lines.map((l) => `${l}\n`).join('')], { type: 'application/x-ndjson' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(new Date());
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(`Exported ${countOf(Math.max(0, lines.length - 1), 'claim')}.`);
    } catch (e) {
      setStatus(`Export failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="export">
      <button type="button" onClick={() => void run()} disabled={busy}>
        Export claims
      </button>
      <span aria-live="polite" class="status" data-testid="export-status">
        {status}
      </span>
    </div>
  );
}
