import type { RelatedClaimView } from '../shared/report.ts';
import { relatedClaimLines } from '../shared/ui/related-claim.ts';

/** Props of one related claim. */
export interface ConflictItemProps {
  conflict: RelatedClaimView;
  /** 'disputed' (the default) explains why it conflicts; 'other-account' is another account, with no mark. */
  tier?: 'disputed' | 'other-account';
}

/** What another source says, who said it, where and when, why it is shown, and a link to it. */
export function ConflictItem({ conflict, tier = 'disputed' }: ConflictItemProps) {
  const lines = relatedClaimLines(conflict);
  const other = tier === 'other-account';
  return (
    <li
      class={other ? 'conflict other-account' : 'conflict'}
      data-testid={other ? 'other-account' : 'conflict'}
    >
      <blockquote class="conflict-text">“{lines.said}”</blockquote>
      <p class="conflict-who">
        <span class="speaker-name">{lines.who}</span>
        {' · '}
        <span>{lines.outlet}</span>
        {lines.day && (
          <>
            {' · '}
            <time dateTime={conflict.published}>{lines.day}</time>
          </>
        )}
        {lines.trusted && <span class="tag trusted">trusted source</span>}
        {lines.onThisPage && (
          <span class="tag on-page" data-testid="on-this-page">
            on this page
          </span>
        )}
      </p>
      {lines.reasons.length > 0 && (
        <ul class="reasons" aria-label={other ? 'How the accounts differ' : 'Why they differ'}>
          {lines.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {lines.href && (
        <a class="conflict-link" href={lines.href} target="_blank" rel="noopener noreferrer">
          Read it at {lines.outlet}
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}
