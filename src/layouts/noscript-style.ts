/**
 * The layout's `<noscript><style>`: without JavaScript, parts that need it (the map) take no room,
 * and the finder and map pages show their page of cards in the finder's list layout, with the
 * facet links after it on a phone. It is the one
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
.finder-panel {
  display: block !important;
}
.finder-layout[data-view] {
  grid-template-areas: 'controls' 'summary' 'results' 'facets' !important;
}
@media (min-width: 52rem) {
  .finder-layout[data-view] {
    grid-template-columns: 16rem minmax(0, 1fr) !important;
    grid-template-rows: auto auto 1fr !important;
    grid-template-areas: 'facets controls' 'facets summary' 'facets results' !important;
  }
}
`;
