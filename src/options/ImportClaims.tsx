import { useState } from 'preact/hooks';
import type { ImportReport } from '../shared/data-views.ts';
import { limits } from '../shared/limits.ts';
import { sendToBackground } from '../shared/messages.ts';
import { countOf, formatBytes } from '../shared/ui/format.ts';
import { errorText } from './use-settings.ts';

/** Props of the import control. */
export interface ImportClaimsProps {
  onImported: () => void;
}

// The background's cap on an import, in characters; a file of this many bytes has at most as many
// characters, so a bigger file is refused here, with a reason, before it is read.
const maxFileBytes = limits.importChars;

/** Imports a file of claims (exported from Counterclaim, or a ClaimReview fact-check feed) and says what it did, line by line. */
export function ImportClaims({ onImported }: ImportClaimsProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    setError(null);
    if (file.size > maxFileBytes) {
      setError(
        `${file.name} is ${formatBytes(file.size)}; Counterclaim imports files up to ${formatBytes(maxFileBytes)}. Split it and import the parts.`,
      );
      return;
    }
    setBusy(true);
    try {
      setReport(
        await sendToBackground('import-claims', { name: file.name.slice(0, 200), text: await file.text() }),
      );
      onImported();
    } catch (e) {
      setError(`Import failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <div class="import">
      <label for="import-file">
        Import claims: a file exported from Counterclaim, or a fact-check feed (ClaimReview)
      </label>
      <input
        id="import-file"
        type="file"
        accept=".jsonl,.json,.ndjson,application/json"
        disabled={busy}
        onChange={(e) => void pick(e.currentTarget)}
      />
      <div aria-live="polite" data-testid="import-result">
        {busy && <p>Importing…</p>}
        {error && <p class="field-error">{error}</p>}
        {report && (
          <>
            <p>
              {report.rejected.length > 0
                ? `Nothing imported: ${countOf(report.rejected.length, 'line')} could not be read.`
                : `Imported ${countOf(report.added, 'claim')}; skipped ${report.skipped} already stored.`}
            </p>
            {report.rejected.length > 0 && (
              <ul class="rejected">
                {report.rejected.slice(0, 50).map((r) => (
                  <li key={r.line}>
                    Line {r.line}: {r.reason}
                  </li>
                ))}
                {report.rejected.length > 50 && <li>…and {report.rejected.length - 50} more.</li>}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
