/**
 * Handing a listing over (src/lib/listing-form/hand-over.ts): GitHub's new-file address decodes
 * to the file's path and text, a long file is copied instead, an edit opens GitHub's editor, and
 * other hosts get the copy-and-paste way.
 */
import { describe, expect, it } from 'vitest';
import { githubRepository, handOver, mailtoUrl, MAX_URL_BYTES, newFileUrl } from '#lib/listing-form/hand-over.ts';

const repository = { url: 'https://github.com/example/recovery-asset-map', branch: 'main' };
const file = 'data/listings/food/northside-pantry.md';
const text = '---\nname: "Northside Pantry & Café"\nsupport: [instrumental]\n---\n50% off? #1 + more\n';

describe('a new listing on GitHub', () => {
  it('opens the new-file page with the path and the text in its address', () => {
    const plan = handOver('new', repository, file, text);
    expect(plan.kind).toBe('propose');
    const url = new URL(plan.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/recovery-asset-map/new/main');
    expect(url.searchParams.get('filename')).toBe(file);
    expect(url.searchParams.get('value')).toBe(text);
    // Spaces are %20: a "+" would be read back as a plus by anything reading the address raw.
    expect(plan.url).not.toContain('+');
  });

  it('copies a file too long for an address, and opens the page with its name alone', () => {
    const long = `${text}${'Long description. '.repeat(600)}`;
    const plan = handOver('new', repository, file, long);
    expect(plan.kind).toBe('paste-new');
    expect(plan.url.length).toBeLessThan(MAX_URL_BYTES);
    expect(new URL(plan.url).searchParams.get('filename')).toBe(file);
    expect(new URL(plan.url).searchParams.has('value')).toBe(false);
  });

  it('keeps a branch with slashes as a path', () => {
    expect(newFileUrl('https://github.com/a/b', 'data/volunteers', 'x.md')).toBe(
      'https://github.com/a/b/new/data/volunteers?filename=x.md',
    );
  });
});

describe('other cases', () => {
  it('opens GitHub’s editor of the file for an edit', () => {
    expect(handOver('edit', repository, file, text)).toEqual({
      kind: 'paste-edit',
      url: `https://github.com/example/recovery-asset-map/edit/main/${file}`,
    });
  });

  it('knows a GitHub repository by its address', () => {
    expect(githubRepository('https://github.com/example/map.git')).toBe('https://github.com/example/map');
    expect(githubRepository('https://www.github.com/example/map/')).toBe('https://github.com/example/map');
    expect(githubRepository('https://github.com/example')).toBeUndefined();
    expect(githubRepository('https://gitlab.com/example/map')).toBeUndefined();
    expect(githubRepository('https://github.com.evil.example/a/b')).toBeUndefined();
  });

  it('copies for any other host', () => {
    const codeberg = { url: 'https://codeberg.org/example/map', branch: 'main' };
    expect(handOver('new', codeberg, file, text)).toEqual({ kind: 'elsewhere', url: codeberg.url });
    expect(handOver('edit', codeberg, file, text).kind).toBe('elsewhere');
  });

  it('writes the e-mail with the file in its body', () => {
    const url = mailtoUrl('hello@example.org', 'New listing: Café', text);
    expect(url.startsWith('mailto:hello@example.org?subject=New%20listing%3A%20Caf%C3%A9&body=')).toBe(true);
    expect(decodeURIComponent(url.split('&body=')[1]!)).toBe(text.replace(/\n/g, '\r\n'));
  });
});
