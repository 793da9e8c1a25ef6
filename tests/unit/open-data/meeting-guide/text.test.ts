/**
 * Feed notes as listing text (src/lib/open-data/meeting-guide/text.ts): escaped into safe
 * Markdown on the way in, read back as plain text on the way out, e-mail addresses taken out.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownToPlainText, removeEmails } from '#lib/open-data/meeting-guide/text.ts';
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
