import type { ContentMessages, Handlers } from '../../shared/messages.ts';
import type { SelectionFeature } from './selection-feature.ts';

/** The content script's answers about selections: check the current one, drop a deleted highlight, count saved ones. */
export function selectionMessageHandlers(feature: SelectionFeature): Handlers<ContentMessages> {
  return {
    'check-current-selection': () => feature.checkCurrent(),
    'highlight-deleted': async ({ id }) => feature.forget(id),
    'saved-status': async () => feature.savedStatus,
  };
}
