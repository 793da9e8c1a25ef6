/**
 * "Printed on <date>" at the foot of every printout (src/components/PrintNotes.astro). The date is
 * the visitor's own, in the page's language, set when the page loads and again just before it
 * prints: a page left open overnight and printed in the morning says the morning's date. Some
 * phone browsers print without a `beforeprint` event, hence the first setting.
 */

/** "December 4, 2026" in `lang` (the page's language) and the device's own time zone. */
export function printedOnText(date: Date, lang: string): string {
  return date.toLocaleDateString(lang || 'en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

export function startPrintedOn(doc: Document): void {
  const line = doc.querySelector<HTMLElement>('[data-printed]');
  const date = line?.querySelector<HTMLElement>('[data-printed-on]');
  if (!line || !date) return;
  const set = () => {
    date.textContent = printedOnText(new Date(), doc.documentElement.lang);
    line.hidden = false;
  };
  set();
  addEventListener('beforeprint', set);
}
