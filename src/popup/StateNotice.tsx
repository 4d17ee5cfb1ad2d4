import type { PopupState } from '../shared/ui/popup-state.ts';
import { countOf } from '../shared/ui/format.ts';

/** Props of the notice that explains the popup's state. */
export interface StateNoticeProps {
  state: PopupState;
  otherSourceClaims: number;
  /** Why the reading failed, when it did. */
  error?: string | undefined;
  onOpenOptions: () => void;
}

/** Explains, in words, what the popup can (or cannot yet) show for this page, and what to do about it. */
export function StateNotice({ state, otherSourceClaims, error, onOpenOptions }: StateNoticeProps) {
  const options = (
    <button type="button" class="link-button" onClick={onOpenOptions}>
      Open the options
    </button>
  );
  switch (state) {
    case 'unread':
      return (
        <p class="notice" data-testid="notice">
          Counterclaim has not read this page. It reads news articles on web pages as they load; reloading the
          page may help.
        </p>
      );
    case 'scanning':
      return (
        <p class="notice" data-testid="notice" role="status">
          Still reading this page…
        </p>
      );
    case 'disabled':
      return (
        <div class="notice" data-testid="notice">
          <p>Counterclaim is turned off for this site, so it did not read this page.</p>
          <p>To turn it back on, remove the site from “Sites never to scan”. {options}</p>
        </div>
      );
    case 'private':
      return (
        <div class="notice" data-testid="notice">
          <p>
            This tab is in a private window, so Counterclaim did not read it, store it or look anything up.
          </p>
          <p>To read private windows too, turn that on under “Collection”. {options}</p>
        </div>
      );
    case 'not-article':
      return (
        <p class="notice" data-testid="notice">
          This page does not look like a news article, so Counterclaim did not look for quotes on it.
        </p>
      );
    case 'error':
      return (
        <p class="notice" data-testid="notice" role="alert">
          Counterclaim could not finish reading this page{error ? ` (${error})` : ''}. Reloading the page may
          help.
        </p>
      );
    case 'unsupported':
      return (
        <p class="notice" data-testid="notice">
          Counterclaim cannot read this kind of page.
        </p>
      );
    case 'no-quotes':
      return (
        <p class="notice" data-testid="notice">
          Counterclaim found no attributed quotes on this page.
        </p>
      );
    case 'no-other-claims':
      return (
        <div class="notice" data-testid="notice">
          <p>
            <strong>No claims from other sources yet</strong>, so there is nothing to compare these quotes
            with. To get some:
          </p>
          <ul>
            <li>read more articles on this story from other outlets;</li>
            <li>turn on news feeds in the options;</li>
            <li>import fact-checks in the options (Data).</li>
          </ul>
          <p>{options}</p>
        </div>
      );
    case 'nothing-disputed':
      return (
        <p class="notice calm" data-testid="notice">
          No other source says otherwise about these quotes (compared with{' '}
          {countOf(otherSourceClaims, 'claim')} from other sources).
        </p>
      );
    case 'disputed':
      return null;
  }
}
