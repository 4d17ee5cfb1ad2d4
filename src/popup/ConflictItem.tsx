import type { RelatedClaimView } from '../shared/report.ts';
import { formatDay } from '../shared/ui/format.ts';
import { clip, isHttpUrl } from '../shared/ui/urls.ts';

/** Props of one conflicting claim. */
export interface ConflictItemProps {
  conflict: RelatedClaimView;
}

/** What another source says, who said it, where and when, why it conflicts, and a link to it. */
export function ConflictItem({ conflict }: ConflictItemProps) {
  const day = formatDay(conflict.published);
  return (
    <li class="conflict" data-testid="conflict">
      <blockquote class="conflict-text">“{clip(conflict.text, 400)}”</blockquote>
      <p class="conflict-who">
        <span class="speaker-name">{conflict.speaker ?? 'Speaker not named'}</span>
        {' · '}
        <span>{conflict.outlet}</span>
        {day && (
          <>
            {' · '}
            <time dateTime={conflict.published}>{day}</time>
          </>
        )}
        {conflict.trusted && <span class="tag trusted">trusted source</span>}
        {conflict.onThisPage && (
          <span class="tag on-page" data-testid="on-this-page">
            on this page
          </span>
        )}
      </p>
      {conflict.reasons.length > 0 && (
        <ul class="reasons" aria-label="Why they differ">
          {conflict.reasons.map((reason) => (
            <li key={reason.code}>{reason.text}</li>
          ))}
        </ul>
      )}
      {!conflict.onThisPage && isHttpUrl(conflict.url) && (
        <a class="conflict-link" href={conflict.url} target="_blank" rel="noopener noreferrer">
          Read it at {conflict.outlet}
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}
