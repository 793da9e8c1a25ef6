import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { attributionHtml } from '#lib/map/attribution.ts';

/** The `map.attribution` of a hostile site.yaml fixture. */
function fixtureAttribution(name: string): { attribution: string; attribution_url?: string } {
  const text = readFileSync(new URL(`../../fixtures/hostile-site/${name}`, import.meta.url), 'utf8');
  return (parse(text) as { map: { attribution: string; attribution_url?: string } }).map;
}

describe('the map credit handed to Leaflet', () => {
  it('escapes every character that could open markup, so a payload stays text', () => {
    const { attribution } = fixtureAttribution('attribution-onerror.yaml');
    expect(attributionHtml(attribution)).toBe('&lt;img src=x onerror=window.__attributionRan=1&gt;');
    const link = fixtureAttribution('attribution-javascript-link.yaml').attribution;
    expect(attributionHtml(link)).not.toMatch(/<a\b/);
    expect(attributionHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('links only to an https address, and escapes it', () => {
    expect(attributionHtml('© OpenStreetMap contributors', 'https://www.openstreetmap.org/copyright')).toBe(
      '<a href="https://www.openstreetmap.org/copyright" rel="noreferrer">© OpenStreetMap contributors</a>',
    );
    const { attribution, attribution_url } = fixtureAttribution('attribution-url-javascript.yaml');
    expect(attributionHtml(attribution, attribution_url)).toBe('© OpenStreetMap contributors');
    expect(attributionHtml('x', 'http://example.org/')).toBe('x');
    expect(attributionHtml('x', 'not a url')).toBe('x');
    expect(attributionHtml('x', 'https://example.org/?a="b"<c>')).toBe(
      '<a href="https://example.org/?a=%22b%22%3Cc%3E" rel="noreferrer">x</a>',
    );
  });
});
