/**
 * The inline `<script>` and `<style>` blocks the project knows its pages carry, the only ones the
 * Content-Security-Policy trusts (by SHA-256 hash). The build fails on any other inline block
 * (see pageProblems in ./page-check.ts) instead of trusting whatever it finds: a script that
 * slipped into a page, through a dependency or a template, must not be allowed by the policy
 * that is there to stop it.
 *
 * Astro's blocks are read from Astro's own package, so an upgrade that changes them changes the
 * hashes with them. A new `client:` directive adds a block: add it here.
 */
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
// eslint-disable-next-line no-restricted-imports -- the directive's source text, a string to hash, not code to run
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import { NOSCRIPT_STYLE } from '#layouts/noscript-style.ts';
import { FIRST_PAINT_SCRIPT } from '#lib/meetings/first-paint.ts';

export interface KnownBlock {
  /** Who writes it, for messages. */
  what: string;
  kind: 'script' | 'style';
  /** Its exact text, as it appears between the tags. */
  text: string;
}

export const KNOWN_BLOCKS: readonly KnownBlock[] = [
  { what: 'the layout’s <noscript> style (src/layouts/noscript-style.ts)', kind: 'style', text: NOSCRIPT_STYLE },
  {
    what: 'the meetings pages’ first-paint order (src/lib/meetings/first-paint.ts)',
    kind: 'script',
    text: FIRST_PAINT_SCRIPT,
  },
  { what: 'Astro’s island style, on pages with an island', kind: 'style', text: ISLAND_STYLES },
  { what: 'Astro’s island bootstrap, on pages with an island', kind: 'script', text: islandScript },
  { what: 'Astro’s client:load directive, on pages with an island', kind: 'script', text: loadDirective },
];
