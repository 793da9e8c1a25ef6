/** Links built from listing data: calling, texting, directions and editing (reporting: report.ts). */
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js';

interface PhoneLinks {
  tel: string;
  display: string;
}
const phones = new Map<string, PhoneLinks>();

/**
 * The dialable and the readable form of a number. libphonenumber's parse is the costliest call
 * in a page render and every page shows the same help lines, so each number is worked out once
 * per build.
 */
function phoneLinks(phone: string): PhoneLinks {
  let links = phones.get(phone);
  if (!links && /^\d{3,6}$/.test(phone.trim())) {
    // A short code (988, 211, 911) is dialled and texted as it is: "+1988" reaches no one.
    links = { tel: `tel:${phone.trim()}`, display: phone.trim() };
    phones.set(phone, links);
  }
  if (!links) {
    const parsed = parsePhoneNumberFromString(phone, 'US');
    // An extension ("ext. 2") is dialled after a pause: a comma in a tel: link, which phone
    // dialers on iOS and Android honour. RFC 3966's ";ext=2" is standard but most dialers
    // drop it, and then the caller reaches only the switchboard.
    const extension = parsed?.ext ? `,${parsed.ext}` : '';
    links = {
      tel: `tel:${parsed?.number ?? phone.replace(/[^\d+]/g, '')}${extension}`,
      display: !parsed
        ? phone
        : parsed.country === 'US' || parsed.countryCallingCode === '1'
          ? parsed.formatNational()
          : parsed.formatInternational(),
    };
    phones.set(phone, links);
  }
  return links;
}

/** `tel:` link in international form, so it dials from any phone. */
export function telHref(phone: string): string {
  return phoneLinks(phone).tel;
}

/**
 * The href a description's `tel:` link dials, in the same international form as the call
 * buttons, or undefined when what follows `tel:` is not a phone number (or a short code like 988).
 */
export function descriptionTelHref(url: string): string | undefined {
  const number = /^tel:([+\d\s().-]{3,40})$/i.exec(url.trim())?.[1]?.trim();
  if (!number || !(/^\d{3,6}$/.test(number) || isValidPhoneNumber(number, 'US'))) return undefined;
  return telHref(number);
}

/** `sms:` link for a number that takes texts; an extension has no meaning in a text, so it is left off. */
export function smsHref(phone: string): string {
  return telHref(phone).replace(/^tel:/, 'sms:').replace(/,.*$/, '');
}

/** The number written the way people read it locally: (517) 555-0142. */
export function formatPhone(phone: string): string {
  return phoneLinks(phone).display;
}

/**
 * A web address with its host as browsers read it: lowercase, in punycode (a look-alike
 * "exаmple.org" with a Cyrillic "а" reads "xn--exmple-4nf.org"). Print stylesheets show a link's
 * href after it, so this is the href a page gives; a user name before an "@" is dropped (the
 * schema refuses one anyway). The input comes back if it is no address.
 */
export function asciiUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * A website as a link's words: the host in punycode (see asciiUrl), then the path as written,
 * without the scheme or a last "/". Never a user name before an "@" (the schema refuses those).
 */
export function websiteText(url: string): string {
  try {
    const { host } = new URL(url);
    const rest = url.replace(/^[a-z][a-z\d+.-]*:\/*[^/?#\\]*/i, '');
    return `${host}${rest}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** OpenStreetMap directions to a point (no Google dependency; nothing is sent until tapped). */
export function directionsUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lng}#map=16/${lat}/${lng}`;
}

/** A `geo:` URI that phones open in the map app the person already uses. */
export function geoUri(lat: number, lng: number, label?: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}${label ? `(${encodeURIComponent(label)})` : ''}`;
}

interface Repository {
  url: string;
  branch: string;
}

/** The repository's web editor for a listing file (GitHub and GitLab use the same shape). */
export function editUrl(repository: Repository, filePath: string): string {
  return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${filePath}`;
}

// The detail page's "Text it to someone" link. It is the list page's smsBodyHref under another
// name, so the `sms:` form lives in one place: my-list/share.ts, which the browser can load.
export { smsBodyHref as smsShareHref } from '#lib/my-list/share.ts';

/** The home page's absolute URL with the base path, e.g. "https://example.org/map/". */
export function siteUrl(origin: string | URL, base: string): string {
  return new URL(base.replace(/\/?$/, '/'), origin).href;
}

/** A listing page's absolute URL, under the home page's `url` (see siteUrl). */
export function listingUrl(slug: string, site: { url: string }): string {
  return new URL(`listings/${slug}/`, site.url).href;
}

export { withBase } from './base-path.ts';
