/**
 * What the list page (/list/) does with a hand-picked list: read and write its link, find its data
 * files, and turn it into plain text, a text message and a QR code. Pure and free of build-time
 * code, because it runs in the browser. Share outputs carry the listings' public facts, the note
 * and the link: never anything about the person.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { MAX_ITEMS, parseIds, sameList } from './list.ts';

/**
 * The words the list page's script writes with, in the page's language, with its locale for
 * counts. The page hands them over (src/components/PageWords.astro): no dictionary is bundled.
 */
export type ListWords = Dictionary['list']['script'] & { locale: string };

// A list's query lives in list.ts, so the header's "My list" link on every page can build it
// without loading this module; re-exported so the list page's imports stay in one place.
export { listQuery, type ListState } from './list.ts';

/** A note is a line or two ("call Tuesday morning"), short enough for a text message and a QR code. */
export const NOTE_MAX = 280;

/**
 * Listings per file of /list/data/<n>.json. The handout facts of a large community, in one file,
 * are hundreds of kilobytes gzipped (summaries do not compress much): too much for a phone
 * mid-conversation. So they are split into small files by a hash of the slug, and a list loads
 * only the files its slugs are in, a few kilobytes each whatever the size of the community.
 */
const SHARD_SIZE = 64;

/** How many data files the build writes for `count` listings. */
export function shardCount(count: number): number {
  return Math.max(1, Math.ceil(count / SHARD_SIZE));
}

/** FNV-1a of a text's UTF-16 code units, unsigned: stable, cheap, and spreads similar texts apart. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Which data file holds `slug`. */
export function shardOf(slug: string, shards: number): number {
  return fnv1a(slug) % shards;
}

/**
 * A note as it may live in a link: control characters (other than line breaks) removed and at
 * most NOTE_MAX characters, so a pasted-in oddity cannot break the text message or the printout.
 */
export function cleanNote(value: string | null | undefined): string {
  if (!value) return '';
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
  return [...text].slice(0, NOTE_MAX).join('');
}

/**
 * Reads `?ids=…&note=…`. `ids` is undefined when the link names no list at all (the page then
 * shows this device's list), and an empty array when it names an empty one.
 */
export function readListParams(search: string): { ids: string[] | undefined; note: string } {
  const params = new URLSearchParams(search);
  return { ids: params.has('ids') ? parseIds(params.get('ids')) : undefined, note: cleanNote(params.get('note')) };
}

/**
 * Whose list the page shows. `own`: this device's list, or a link to exactly that list; it is
 * edited in place. `received`: someone else's link; it reads as their message (the note, then the
 * listings) until the visitor chooses "Edit this list", so opening a link can never change what
 * this device keeps.
 */
export function listMode(linked: readonly string[] | undefined, device: readonly string[]): 'own' | 'received' {
  return linked === undefined || sameList(linked, device) ? 'own' : 'received';
}

/**
 * A received list added to the end of this device's list: each listing once, in the device's order
 * then the sender's, at most MAX_ITEMS. `added` counts the sender's listings that were new to it,
 * `left` those that did not fit.
 */
export function mergeLists(
  device: readonly string[],
  received: readonly string[],
): { ids: string[]; added: number; left: number } {
  const ids = [...device];
  let added = 0;
  let left = 0;
  for (const id of received) {
    if (ids.includes(id)) continue;
    if (ids.length >= MAX_ITEMS) left++;
    else {
      ids.push(id);
      added++;
    }
  }
  return { ids, added, left };
}

/** The polite line for slugs that are no longer on the site (closed, renamed or mistyped). */
export function unavailableNotice(count: number, words: ListWords): string {
  if (count <= 0) return '';
  return plural(words.locale, words.unavailable, count);
}

/**
 * One listing as /list/data/<n>.json carries it: only what a handout needs, under short keys so
 * the files stay small. Phone numbers come as [as people read it, E.164 for links].
 */
export interface HandoutItem {
  /** Slug. */
  s: string;
  /** Name, in the page's language when the listing has a translation. */
  n: string;
  /** The name's language, only when it is not the page's (the page sets `lang` on it). */
  nl?: string;
  /** Category label. */
  c: string;
  /** One-line summary, in the page's language when the listing has a translation. */
  u?: string;
  /** The summary's language, only when it is not the page's. */
  ul?: string;
  /** Where: street and town, the town alone for a private home, "Online" or "By phone". */
  a?: string;
  /** Phone. */
  p?: [string, string];
  /** A number that takes texts. */
  t?: [string, string];
  /** Opening hours, one short line per block of days. */
  h?: string[];
  /** When it meets, one short line per time of day ("Every week: Mon 7:00 PM", "2nd Saturday of the month: …"). */
  w?: string[];
  /** The only dates a one-off event happens on. */
  d?: string;
  /** The listing's time zone by name, only when it differs from the site's. */
  z?: string;
  /** Link to join online. */
  j?: string;
  /** Phone number to join by. */
  jp?: [string, string];
  /** Joining notes (meeting ID and the like). */
  jn?: string;
  /** 1 when temporarily closed. */
  x?: 1;
}

/** One /list/data/<n>.json: the handout facts of the listings whose slugs hash to it. */
export interface HandoutData {
  items: HandoutItem[];
}

/** A listing's facts as plain-text lines: whether it is open, where, how to call, when, how to join. */
export function itemFacts(item: HandoutItem, words: ListWords): string[] {
  const lines: string[] = [];
  if (item.x) lines.push(words.closed);
  if (item.a) lines.push(item.a);
  const contact = [item.p && `${words.call} ${item.p[0]}`, item.t && `${words.text} ${item.t[0]}`].filter(Boolean);
  if (contact.length) lines.push(contact.join(' · '));
  if (item.w) lines.push(...item.w);
  if (item.d) lines.push(fill(words.onlyOn, { dates: item.d }));
  if (item.h) lines.push(...item.h.map((hours) => fill(words.hours, { hours })));
  if (item.z && (item.w || item.h)) lines.push(fill(words.zone, { zone: item.z }));
  if (item.j) lines.push(`${words.joinOnline} ${item.j}`);
  if (item.jp) lines.push(`${words.joinPhone} ${item.jp[0]}`);
  if (item.jn) lines.push(item.jn);
  return lines;
}

/**
 * The whole list as plain text, for pasting into any message: the note, then each listing's name
 * and facts, then the link.
 */
export function listText(
  items: readonly HandoutItem[],
  { url, note }: { url: string; note: string },
  words: ListWords,
): string {
  const blocks = items.map((item, i) =>
    [`${i + 1}. ${item.n}`, ...itemFacts(item, words).map((l) => `   ${l}`)].join('\n'),
  );
  return [note, ...blocks, fill(words.online, { url })].filter(Boolean).join('\n\n');
}

/**
 * An `sms:` link with the message filled in and no recipient, so the coach picks the person.
 * Android reads the body from a query after `?`, iOS from `&body=`; `?&body=` works on both. The
 * detail page's "Text it to someone" uses it too, as smsShareHref from links.ts.
 */
export function smsBodyHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/**
 * An SVG for a QR code's modules (true = dark), one path of horizontal runs: small enough to
 * redraw on every change, crisp at any print size. The quiet zone is the caller's border.
 */
export function qrSvg(modules: readonly (readonly boolean[])[]): string {
  const size = modules.length;
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1H${x}z`;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" aria-hidden="true" focusable="false">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
