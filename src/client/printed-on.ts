/**
 * "Printed on <date>" at the foot of every printout (src/components/PrintNotes.astro). The date is
 * the visitor's own, in the page's language, set when the page loads and again just before it
 * prints: a page left open overnight and printed in the morning says the morning's date. Some
 * phone browsers print without a `beforeprint` event, hence the first setting. The date is
 * written from the words the build put on the line (lib/time/long-date.ts), not by Intl, whose
 * first use would load the language's locale data while the page loads.
 */
import { decodeLongDateWords, writeLongDate } from '#lib/time/long-date.ts';

/** The attribute on `[data-printed-on]` holding the page language's date words (encodeLongDateWords). */
export const DATE_WORDS_ATTRIBUTE = 'data-date-words';

export function startPrintedOn(doc: Document): void {
  const line = doc.querySelector<HTMLElement>('[data-printed]');
  const date = line?.querySelector<HTMLElement>('[data-printed-on]');
  const words = decodeLongDateWords(date?.getAttribute(DATE_WORDS_ATTRIBUTE) ?? '');
  if (!line || !date || !words) return;
  const set = () => {
    date.textContent = writeLongDate(new Date(), words);
    line.hidden = false;
  };
  set();
  doc.defaultView?.addEventListener('beforeprint', set);
}
