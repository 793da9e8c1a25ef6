/**
 * "Show 48 more": the next page of cards, under the server-rendered list (in #finder-more, outside
 * the island's own HTML).
 */
import { createPortal } from 'react-dom';
import { fill } from '#i18n/text.ts';
import { formatNumber } from '#i18n/numbers.ts';

interface Props {
  /** Matching cards not shown yet. */
  remaining: number;
  /** How many one click shows. */
  page: number;
  /** "Show {shown} more ({remaining} not shown yet)" in the page's language. */
  template: string;
  locale: string;
  onShowMore: () => void;
}

export function ShowMore({ remaining, page, template, locale, onShowMore }: Props) {
  const target = document.getElementById('finder-more');
  if (!target || remaining <= 0) return null;
  return createPortal(
    <button type="button" className="button secondary" onClick={onShowMore}>
      {fill(template, {
        shown: formatNumber(Math.min(page, remaining), locale),
        remaining: formatNumber(remaining, locale),
      })}
    </button>,
    target,
  );
}
