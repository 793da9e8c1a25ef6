/**
 * "Show 48 more": the next page of cards, under the server-rendered list (in #finder-more, outside
 * the island's own HTML).
 */
import { createPortal } from 'react-dom';

interface Props {
  /** Matching cards not shown yet. */
  remaining: number;
  /** How many one click shows. */
  page: number;
  onShowMore: () => void;
}

export function ShowMore({ remaining, page, onShowMore }: Props) {
  const target = document.getElementById('finder-more');
  if (!target || remaining <= 0) return null;
  return createPortal(
    <button type="button" className="button secondary" onClick={onShowMore}>
      Show {Math.min(page, remaining)} more ({remaining} not shown yet)
    </button>,
    target,
  );
}
