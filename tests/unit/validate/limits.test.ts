/**
 * Every file that passes validation is read and rendered in bounded time: hostile shapes just
 * past a limit give one line naming the file, line, field, the limit and the fix, within a
 * second; before the limits they took seconds to minutes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { MAX_DESCRIPTION_CHARS, MAX_FILE_BYTES, MAX_LINE_CHARS } from '#lib/validate/limits.ts';
import { renderDescription } from '#lib/html/markdown.ts';
import { markdownLimitBroken } from '#lib/html/markdown-limits.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';
import { FIELDS, LONG_LIST_LINE, PAYLOADS } from '../../fixtures/limits/payloads.ts';

const context = { site: fixtureSite, today: '2026-11-24' };

/** The result of `run` and how long it took, in milliseconds. */
function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

describe('limits checked before any parse', () => {
  it.each(PAYLOADS)('%s: one line, within a second', (name, text, field) => {
    const file = `data/listings/${name}`;
    const [checked, ms] = timed(() => checkListing(file, text, context));
    const lines = checked.problems.map(formatProblem);
    expect(ms).toBeLessThan(1000);
    expect(lines, lines.join('\n')).toHaveLength(1);
    expect(checked.problems[0]!.field).toBe(field);
    expect(lines[0]).toMatch(new RegExp(`^${file}(:\\d+)?: ${field}: .*the limit is [\\d,]+.*: \\w`));
  });

  it('names the size, the limit and the fix in plain words', () => {
    const body = `${'word '.repeat(100)}\n`.repeat(MAX_DESCRIPTION_CHARS / 400);
    const [problem] = checkListing('data/listings/x.md', `---\n${FIELDS}---\n${body}`, context).problems;
    expect(formatProblem(problem!)).toBe(
      'data/listings/x.md:10: description: is 25,050 characters; the limit is 20,000: shorten it, and link to a web page for the rest',
    );
    const long = `---\n${FIELDS}---\nIntro\n\n${'word '.repeat(MAX_LINE_CHARS / 4)}\n`;
    expect(checkListing('data/listings/x.md', long, context).problems.map(formatProblem)).toEqual([
      'data/listings/x.md:12: description: this line is 6,250 characters; the limit is 5,000: break it into shorter lines (in a description, a single line break does not change how it shows)',
    ]);
  });

  it('reads long lines under the limit in bounded time, with one line per problem shown', () => {
    const [checked, ms] = timed(() => checkListing('data/listings/x.yaml', LONG_LIST_LINE, context));
    expect(ms).toBeLessThan(1000);
    // 1,601 unknown support values: 50 shown, then one line for the rest.
    expect(checked.problems).toHaveLength(51);
    expect(checked.problems.at(-1)!.message).toBe(
      'has 1551 more problems like these; fix the ones above and validate again',
    );
  });

  it('lets every real listing through, far inside the limits', () => {
    const dir = 'data/listings';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      expect(statSync(join(dir, file)).size).toBeLessThan(MAX_FILE_BYTES / 10);
      const text = readFileSync(join(dir, file), 'utf8');
      expect(markdownLimitBroken(text.split(/^---$/m)[2] ?? ''), file).toBeUndefined();
    }
  });
});

describe('the renderer past the limits', () => {
  it.each([
    ['quotes', '>'.repeat(50_000)],
    ['lists', '- '.repeat(25_000) + 'x'],
    ['emphasis', '*a_'.repeat(15_000)],
  ])('shows %s as text within a second instead of stalling', (_name, markdown) => {
    const [html, ms] = timed(() => renderDescription(markdown));
    expect(ms).toBeLessThan(1000);
    expect(html.startsWith('<p>')).toBe(true);
    expect(html).not.toContain('<blockquote>');
  });

  it('escapes what it shows as text', () => {
    expect(renderDescription(`<script>alert(1)</script> & "x"\n\n${'>'.repeat(20)}`)).toBe(
      `<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>\n<p>${'&gt;'.repeat(20)}</p>`,
    );
  });
});
