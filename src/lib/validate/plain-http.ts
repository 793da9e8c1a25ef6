/**
 * Web addresses starting with http:// instead of https://. The decision (issue 21): a warning,
 * not an error. An http:// page travels unencrypted, so anyone on the same network (a shelter's
 * Wi-Fi, a workplace) can see which page a person opened, and it can be altered on the way; the
 * docs ask for https://. But a small church or a pantry may still have a site that only answers
 * on http://, and refusing it would keep a true listing off the map. So the volunteer is asked
 * to try the https:// address first, and a site that has none can stay, with its warning.
 * Join links (conference_url) are refused outright: they lead into private meetings.
 */
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

/** What the warning says about one http:// address. */
export function plainHttpMessage(url: string): string {
  return `"${url}" starts with http://, which is not encrypted: open ${url.replace(/^http:/i, 'https:')} and, if it works, write that; keep http:// only if the site has no https:// address`;
}

/** A warning when the website field starts with http:// (description links: markdown.ts). */
export function checkPlainHttpWebsite(file: string, source: Pick<ParsedSource, 'data' | 'lineOf'>): Problem[] {
  const website = (source.data as { website?: unknown }).website;
  if (typeof website !== 'string' || !/^\s*http:\/\//i.test(website)) return [];
  return [
    {
      file,
      line: source.lineOf(['website']),
      field: 'website',
      path: ['website'],
      message: plainHttpMessage(website.trim()),
      severity: 'warning',
    },
  ];
}
