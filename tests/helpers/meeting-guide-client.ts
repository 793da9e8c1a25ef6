/**
 * A Meeting Guide feed read the way TSML UI reads it (code4recovery/tsml-ui,
 * src/helpers/load-meeting-data.ts), cut down to what decides whether a meeting is shown in
 * full: the records it drops, the join links it hides, and the meetings it lists as inactive.
 * The export tests (unit and browser) read /exports/meetings.json through it.
 *
 * What TSML UI does, and this copies:
 * - a record with no slug, or a slug seen before, is dropped;
 * - with no `formatted_address` and no address parts (address, city, state, postal_code,
 *   country), it is dropped ("no address information");
 * - a `conference_url` whose host is not in its provider table is hidden ("unknown
 *   conference_url"); a `conference_phone` counts when it has at least ten digits;
 * - `approximate: "yes"` (or, without the field, an address of fewer than four comma-separated
 *   parts) means nobody can go there: the meeting is in person only when the address is not
 *   approximate and its location is not temporarily closed (TC);
 * - a meeting neither in person nor joinable (shown link or phone) is listed as inactive.
 */
import { conferenceProvider } from '#lib/open-data/meeting-guide/conference-providers.ts';

/** The fields of a feed record this reader looks at. */
export interface ClientRecord {
  slug?: unknown;
  formatted_address?: unknown;
  address?: unknown;
  city?: unknown;
  state?: unknown;
  postal_code?: unknown;
  country?: unknown;
  approximate?: unknown;
  conference_url?: unknown;
  conference_phone?: unknown;
  types?: unknown;
}

/** One meeting as the client would list it. */
export interface ClientMeeting {
  slug: string;
  /** The join link it shows, with its provider; none when it hid it or there was none. */
  link?: { url: string; provider: string };
  address: string;
  approximate: boolean;
  inPerson: boolean;
  online: boolean;
  active: boolean;
}

export interface ClientReading {
  meetings: ClientMeeting[];
  /** Records it left out, each with the warning TSML UI logs. */
  dropped: { slug: string; why: string }[];
  /** Join links it hid, by slug. */
  hiddenLinks: { slug: string; url: string }[];
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function readAsTsmlUi(feed: readonly ClientRecord[]): ClientReading {
  const reading: ClientReading = { meetings: [], dropped: [], hiddenLinks: [] };
  const seen = new Set<string>();
  for (const record of feed) {
    const slug = text(record.slug);
    if (slug === '') {
      reading.dropped.push({ slug: '', why: 'no slug' });
      continue;
    }
    if (seen.has(slug)) {
      reading.dropped.push({ slug, why: 'duplicate slug' });
      continue;
    }
    const address =
      text(record.formatted_address) ||
      [
        text(record.address),
        text(record.city),
        [text(record.state), text(record.postal_code)].join(' ').trim(),
        text(record.country),
      ]
        .filter(Boolean)
        .join(', ');
    if (address === '') {
      reading.dropped.push({ slug, why: 'no address information' });
      continue;
    }
    seen.add(slug);
    const url = text(record.conference_url);
    const provider = url === '' ? undefined : conferenceProvider(url);
    if (url !== '' && provider === undefined) reading.hiddenLinks.push({ slug, url });
    const phone = text(record.conference_phone).replace(/[^\d,+#]/g, '');
    const approximate =
      typeof record.approximate === 'string'
        ? record.approximate.toLowerCase() === 'yes'
        : typeof record.approximate === 'boolean'
          ? record.approximate
          : address.split(',').length < 4;
    const types = Array.isArray(record.types) ? record.types : [];
    const online = provider !== undefined || phone.length >= 10;
    const inPerson = !types.includes('TC') && !approximate;
    reading.meetings.push({
      slug,
      ...(provider !== undefined && { link: { url, provider } }),
      address,
      approximate,
      inPerson,
      online,
      active: online || inPerson,
    });
  }
  return reading;
}
