/**
 * What the build checks in every page it wrote before it trusts the pages to the policy: each
 * inline block is one the project knows it writes (./known-blocks.ts), and the meta policy comes
 * before anything it governs. A page that fails stops the build with one line per problem.
 */
import { hashSource, inlineBlocks } from './policy.ts';

/** The policy meta tag, as the layout writes it (attribute order and case may vary). */
const META_POLICY = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["'\s>]/i;
/** The first element a meta policy must come before to govern it. */
const GOVERNED = /<(script|style|link)\b/i;

/** A short, one-line quotation of a block for a message. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/**
 * Problems of one built page (`file`, relative to dist/), one line each; `known` holds the hash
 * sources of the known blocks. `html` is read as Latin-1 (see sitePolicy), so each block is turned
 * back into UTF-8 text before hashing.
 */
export function pageProblems(file: string, html: string, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const blocks = inlineBlocks(html);
  const utf8 = (text: string) => Buffer.from(text, 'latin1').toString('utf8');
  for (const [kind, list] of [
    ['script', blocks.scripts],
    ['style', blocks.styles],
  ] as const) {
    for (const block of list) {
      const text = utf8(block);
      const hash = hashSource(text);
      if (known.has(hash)) continue;
      problems.push(
        `${file}: an inline <${kind}> the project does not know it writes ("${excerpt(text)}", ${hash}); the Content-Security-Policy trusts only the blocks listed in src/integrations/headers/known-blocks.ts: move the code into a file (a <${kind}> in an .astro component is bundled into one), or, if it must be inline, add it to that list`,
      );
    }
  }
  const meta = META_POLICY.exec(html);
  const governed = GOVERNED.exec(html);
  if (!meta) {
    problems.push(
      `${file}: has no <meta http-equiv="Content-Security-Policy">; every page must use src/layouts/BaseLayout.astro, which writes it, so hosts that ignore _headers still apply the policy`,
    );
  } else if (governed && governed.index < meta.index) {
    problems.push(
      `${file}: a <${governed[1]!.toLowerCase()}> comes before the <meta http-equiv="Content-Security-Policy">; the policy governs only what follows it, so keep the meta tag first in <head>`,
    );
  }
  return problems;
}
