/**
 * The time zone offsets the page was built with (src/layouts/BaseLayout.astro), handed to the
 * schedule functions once, before a script first reads a clock: with them, "open now" and today's
 * meetings are worked out without loading Intl's zone data (src/lib/time/zone-offsets.ts).
 */
import { setZoneOffsets } from '#lib/time/schedule.ts';
import { parseTableAttribute } from '#lib/time/zone-offsets.ts';

let done = false;

export function readPageZoneOffsets(): void {
  if (done || typeof document === 'undefined') return;
  done = true;
  const written = document.querySelector<HTMLElement>('[data-zone-offsets]')?.dataset.zoneOffsets;
  if (written) setZoneOffsets(parseTableAttribute(written));
}
