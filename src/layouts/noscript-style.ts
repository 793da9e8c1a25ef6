/**
 * The layout's `<noscript><style>`: without JavaScript, parts that need it (the map) take no room,
 * and the finder and map pages show their full list in the finder's list layout. It is the one
 * inline block the site's own code writes, so its text lives here, where the
 * Content-Security-Policy's list of known blocks (src/integrations/headers/known-blocks.ts) reads
 * it: the policy trusts exactly these bytes.
 */
export const NOSCRIPT_STYLE = `
.js-only {
  display: none !important;
}
/* The meetings pages' lists wait for their first-paint script (src/lib/meetings/first-paint.ts). */
.meeting-day > ol {
  visibility: visible !important;
  animation: none !important;
}
.finder-layout[data-view] .finder-results {
  display: block !important;
}
.finder-layout[data-view] {
  grid-template-areas: 'controls' 'facets' 'results' !important;
}
@media (min-width: 52rem) {
  .finder-layout[data-view] {
    grid-template-columns: 16rem minmax(0, 1fr) !important;
    grid-template-areas: 'facets controls' 'facets results' !important;
  }
}
`;
