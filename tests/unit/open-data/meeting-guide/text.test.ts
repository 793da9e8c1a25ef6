/**
 * Feed notes as listing text (src/lib/open-data/meeting-guide/text.ts): escaped into safe
 * Markdown on the way in, read back as plain text on the way out, e-mail addresses taken out.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, findEmails, markdownToPlainText, removeEmails } from '#lib/open-data/meeting-guide/text.ts';
import { HOSTILE_NOTES } from '../../../fixtures/text/hostile-notes.ts';
import { checkMarkdownBody } from '#lib/validate/markdown.ts';

describe('text: notes become safe Markdown and come back as plain text', () => {
  const nasty =
    '<b>Bold</b> [link](javascript:alert(1)) & *stars* _under_ `code`\n# heading\n- item\n1. first\n> quote\n---';

  it('escapes everything Markdown could read as HTML, a link or formatting', () => {
    const markdown = escapeMarkdown(nasty);
    expect(checkMarkdownBody('x.md', markdown, 1)).toEqual([]);
    expect(markdownToPlainText(markdown)).toBe(nasty.split('\n').join('\n'));
  });

  it('takes e-mail addresses out and counts them', () => {
    expect(removeEmails('Write jo.smith@example.com or mailto:group@example.org.')).toEqual({
      text: 'Write (e-mail address removed) or (e-mail address removed).',
      removed: 2,
    });
    expect(removeEmails('Tips to $Group @ cashapp').removed).toBe(0);
  });

  it('keeps a link’s web address in the plain text', () => {
    expect(markdownToPlainText('See [our site](https://example.org/).')).toBe('See our site (https://example.org/).');
  });
});

describe('text: e-mail removal and plain text take linear time', () => {
  it.each(HOSTILE_NOTES)('%s within a second', (_name, text) => {
    const start = performance.now();
    removeEmails(text);
    markdownToPlainText(text);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('finds what a name, an @ and a domain with a dot and letters make, and nothing else', () => {
    expect(findEmails('mailto:a@b.org, c@d@e.info x@y a@b.c1 <f@g.co.uk>/h@i.net')).toEqual([
      'mailto:a@b.org',
      'd@e.info',
      'f@g.co.uk',
      '/h@i.net',
    ]);
  });

  it('removes what an address pattern over the whole text would (property)', () => {
    // The pattern the linear scan replaced, as the reference on short texts.
    const reference = /(?:mailto:)?[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[A-Za-z]{2,}/g;
    const piece = fc.constantFrom('a', 'Z', '@', '.', ' ', ':', 'mailto:', '1', '-', '/', '<', '"', 'org', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = text.replace(reference, '(e-mail address removed)');
        // Only difference: "xmailto:a@b.org" keeps its "xmailto:" (the pattern took "mailto:" out of a word).
        expect(removeEmails(text).text.replaceAll('mailto:(e-mail', '(e-mail')).toBe(
          expected.replaceAll('mailto:(e-mail', '(e-mail'),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
