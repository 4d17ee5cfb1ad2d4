import { useRef, useState } from 'preact/hooks';
import type { StoreStats } from '../shared/data-views.ts';
import { sendToBackground } from '../shared/messages.ts';
import { describeLoss } from '../shared/ui/data-summary.ts';
import { errorText } from './use-settings.ts';

/** Props of the "clear all" control. */
export interface ClearDataProps {
  stats: StoreStats | null;
  onCleared: () => void;
}

/** Deletes every claim, page and saved highlight, after a confirmation that says what will be lost. */
export function ClearData({ stats, onCleared }: ClearDataProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const confirm = async () => {
    dialog.current?.close();
    try {
      await sendToBackground('clear-data', {});
      setStatus('Everything Counterclaim kept is deleted.');
      onCleared();
    } catch (e) {
      setStatus(`Could not clear: ${errorText(e)}`);
    }
  };
  return (
    <div class="clear">
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        Clear all data…
      </button>
      <span aria-live="polite" class="status" data-testid="clear-status">
        {status}
      </span>
      <dialog ref={dialog} aria-labelledby="clear-title" aria-describedby="clear-text">
        <h3 id="clear-title">Clear all data?</h3>
        <p id="clear-text">{describeLoss(stats)}</p>
        <div class="actions">
          <button type="button" class="danger" onClick={() => void confirm()}>
            Delete everything
          </button>
          <button type="button" autofocus onClick={() => dialog.current?.close()}>
            Keep my data
          </button>
        </div>
      </dialog>
    </div>
  );
}
