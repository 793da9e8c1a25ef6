/**
 * Finds words that run straight into a link or code in built HTML ("seewhat", "commandnpm"):
 * a letter right before `<a` or `<code`, or right after `</a>` or `</code>`. Usually the
 * whitespace between a line of text and an inline element on the next line, lost when a
 * formatter wrapped the source. Scripts, styles and preformatted blocks are left out.
 */
const SKIPPED = /<(script|style|pre|textarea)\b[\s\S]*?<\/\1>/gi;
const RUN_ON = /\p{L}<(?:a|code)[\s>]|<\/(?:a|code)>\p{L}/gu;

export interface RunOn {
  /** A few characters either side, tags and all, to find the spot in the source. */
  snippet: string;
}

export function runOnWords(html: string): RunOn[] {
  const text = html.replace(SKIPPED, (block) => ' '.repeat(block.length));
  return [...text.matchAll(RUN_ON)].map((m) => ({
    snippet: text
      .slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** A page's visible words: tags, scripts and styles taken out, entities read, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(SKIPPED, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : ' ',
    )
    .replace(/\s+/g, ' ');
}

/** Where a page says "MOUD" before it has said what it stands for, or undefined when it never does. */
export function moudUnexplained(text: string): string | undefined {
  const first = text.search(/\bMOUD\b/);
  if (first < 0) return undefined;
  const before = text.slice(Math.max(0, first - 60), first);
  // Spelled out in English or in Spanish ("medicamentos para el trastorno por consumo de opioides").
  return /(medication for opioid use disorder|medicamentos? para el trastorno por consumo de opioides) \($/i.test(
    before,
  )
    ? undefined
    : text.slice(Math.max(0, first - 60), first + 10);
}
