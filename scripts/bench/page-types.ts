/**
 * The page types whose first load the bench weighs (scripts/bench/browser.ts, pageWeight), each
 * with the selector that says it is ready when the network going quiet is not enough: the
 * finder and the map draw their markers, and the edit form loads its checker (the validator)
 * after the page, so its JS is weighed with the validator in it.
 */

/** [name in the table, path, selector to wait for]. */
export type PageType = [string, string, string?];

/** The form is ready to check once its checker has loaded (islands/listing-form/FormBody.tsx). */
export const LISTING_FORM_READY = 'form.listing-form[data-checker-ready]';

export function pageTypes(detailSlug: string): PageType[] {
  return [
    ['start', '/'],
    ['detail', `/listings/${detailSlug}/`],
    ['landing', '/categories/food/'],
    ['finder (list + map)', '/find/', '.leaflet-marker-icon'],
    ['map', '/map/', '.leaflet-marker-icon'],
    ['meetings', '/meetings/'],
    // The edit form: it loads its checker at once (a blank one waits for the first box reached
    // for), and the data file with the listing in it.
    ['listing form (edit, with its checker)', `/contribute/edit/?slug=${detailSlug}`, LISTING_FORM_READY],
  ];
}
