/**
 * Listing cards as HTML strings, rendered once per listing and reused. A listing appears on the
 * finder and on several landing pages (its category, each support type, each pathway), so at
 * 10,000 listings the build would otherwise render some 70,000 card components; caching the
 * string keeps that cost proportional to the number of listings (see BENCHMARKS.md).
 */
import { ATTENDANCE, CATEGORIES, HOUSING_GENDERS, MOUD_POLICIES, SUPPORT_TYPES, VERIFIED_HOW } from '#taxonomy';
import { daysSince, isStale, verifiedAgo } from '#lib/time/freshness.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { dictionary } from '#i18n/index.ts';
import { UI_LANGUAGES, type Lang } from '#i18n/languages.ts';
import { listingText } from '#i18n/listing-text.ts';
import { localizedPath } from '#i18n/routes.ts';
import type { PageText } from '#i18n/site-text.ts';
import { labelIn, pathwayTermsIn } from '#i18n/terms.ts';
import { fill } from '#i18n/text.ts';
import type { ListingData } from '#schemas/listing.ts';
import { formatPhone, telHref } from './links.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** ` lang="en"` for text in another language than the page, else nothing. */
function langAttr(text: PageText): string {
  return text.lang ? ` lang="${escapeHtml(text.lang)}"` : '';
}

/** Support and pathway badges in `lang`; the detail page's Badges component uses the same markup. */
export function badgesHtml(support: readonly string[], pathways: readonly string[] = [], lang: Lang): string {
  const words = dictionary(lang).listing.badges;
  const items = [
    ...support.map(
      (id) =>
        `<li class="badge support-${escapeHtml(id)}"><span class="visually-hidden">${escapeHtml(words.support)} </span>${escapeHtml(labelIn(SUPPORT_TYPES, id, lang))}</li>`,
    ),
    ...pathwayTermsIn(pathways, lang).map(
      (term) =>
        `<li class="badge pathway"><span class="visually-hidden">${escapeHtml(words.pathway)} </span>${escapeHtml(term.label)}</li>`,
    ),
  ];
  return `<ul class="badges" aria-label="${escapeHtml(words.label)}">${items.join('')}</ul>`;
}

/**
 * The "Add to my list" toggle for one listing (cards here; detail pages through AddToList.astro),
 * labelled in the page's language (`label`: the `listing.addToList.add` words).
 * It needs JavaScript, so it takes no room without it (`js-only`); src/client/add-to-list.ts
 * wires every such button on a page by one listener and sets `aria-pressed` from the device's list.
 * Its name is the label alone: on a card it follows the listing's heading. On a card (`slug`
 * left out) the script takes the listing from the card's `data-listing`: the finder's page carries
 * every card, and a second copy of each slug or the name would add tens of kilobytes to it at scale.
 */
export function addToListHtml(label: string, slug?: string): string {
  const data = slug === undefined ? '' : ` data-slug="${escapeHtml(slug)}"`;
  return `<button type="button" class="add-to-list js-only" data-add-to-list${data} aria-pressed="false">${escapeHtml(label)}</button>`;
}

export interface CardListing {
  id: string;
  data: Pick<ListingData, 'translations'> & {
    name: string;
    category: string;
    summary?: string | undefined;
    support: readonly string[];
    pathways?: readonly string[] | undefined;
    attendance: string;
    address?: { city?: string | undefined } | undefined;
    phone?: string | undefined;
    conference_phone?: string | undefined;
    schedule?: readonly unknown[] | undefined;
    by_appointment?: boolean | undefined;
    housing?: { moud: string; gender?: string | undefined } | undefined;
    status: string;
    last_verified: string;
    verified_how?: string | undefined;
  };
}

export interface CardContext {
  today: string;
  staleAfterDays: number;
  /** Heading level inside the surrounding page section. */
  level: 'h2' | 'h3';
  /** The site's base path, ending in "/". */
  base: string;
  /** The page's language. */
  lang: Lang;
  /** The languages the site is built in, the default (the one listings are written in) first. */
  languages: readonly string[];
}

/** The words and settings one card needs, looked up once per card. */
interface CardWords {
  lang: Lang;
  ui: Dictionary['listing'];
}

/** Where a listing happens, in a few words, and "By appointment" for a meeting with no set times. */
function whereOf(data: CardListing['data'], { ui }: CardWords): string {
  const city = data.address?.city;
  const where =
    data.attendance === 'online'
      ? ui.card.online
      : data.attendance === 'phone'
        ? ui.card.byPhone
        : city && data.attendance === 'hybrid'
          ? fill(ui.card.andOnline, { city })
          : city;
  const when = data.by_appointment && !data.schedule ? ui.appointment.label : undefined;
  return [where, when].filter(Boolean).join(' · ');
}

/** The number a "Call" link dials: the main phone, or the line a phone-only service is joined on. */
function phoneToCall(data: CardListing['data']): string | undefined {
  return data.phone ?? (data.attendance === 'phone' ? data.conference_phone : undefined);
}

/**
 * Recovery housing's first question, answered on the card: does it take residents who take
 * medication for opioid use disorder (MOUD), and who is it for. The pathway badges alone
 * ("All pathways welcome") do not say it.
 */
function housingHtml(housing: NonNullable<CardListing['data']['housing']>, { lang, ui }: CardWords): string {
  const who = housing.gender ? ` · ${escapeHtml(labelIn(HOUSING_GENDERS, housing.gender, lang))}` : '';
  return (
    `<p class="card-policy" data-moud="${escapeHtml(housing.moud)}">` +
    `<span class="visually-hidden">${escapeHtml(ui.housing.moud)}: </span>` +
    `<strong>${escapeHtml(labelIn(MOUD_POLICIES, housing.moud, lang))}</strong>${who}</p>`
  );
}

/** A card's actions: "Call" (44 px, for phones) when there is a number, and "Add to my list". */
function actionsHtml(data: CardListing['data'], { ui }: CardWords): string {
  const phone = phoneToCall(data);
  const call = phone
    ? `<a class="button secondary card-call" href="${escapeHtml(telHref(phone))}">${escapeHtml(fill(ui.card.call, { phone: formatPhone(phone) }))}</a>`
    : '';
  return `<div class="card-actions">${call}${addToListHtml(ui.addToList.add)}</div>`;
}

/**
 * One card, in the page's language: name, category and place, summary, a housing's medication
 * policy, badges, open state, freshness, and its actions. The listing's own words are the
 * translation where it gives one, else the original marked with its language.
 */
export function cardHtml(listing: CardListing, context: CardContext): string {
  const { data } = listing;
  const { lang, languages } = context;
  const words: CardWords = { lang, ui: dictionary(lang).listing };
  const { ui } = words;
  const locale = UI_LANGUAGES[lang].locale;
  const text = listingText(data, lang, languages[0] ?? lang);
  const days = daysSince(data.last_verified, context.today);
  const stale = isStale(data.last_verified, context.today, context.staleAfterDays);
  const where = whereOf(data, words);
  const verified = [
    fill(ui.verified.line, { ago: verifiedAgo(days, locale) }),
    data.verified_how && labelIn(VERIFIED_HOW, data.verified_how, lang),
    stale && ui.verified.stale,
  ]
    .filter(Boolean)
    .join(' ');
  const h = context.level;
  const path = `${context.base}${localizedPath(`/listings/${listing.id}/`, lang, languages).slice(1)}`;
  return [
    `<li class="card" data-listing="${escapeHtml(listing.id)}">`,
    `<${h}${langAttr(text.name)}><a href="${escapeHtml(path)}">${escapeHtml(text.name.text)}</a></${h}>`,
    `<p class="meta">${escapeHtml(labelIn(CATEGORIES, data.category, lang))}${where ? ` · ${escapeHtml(where)}` : ''}</p>`,
    text.summary ? `<p${langAttr(text.summary)}>${escapeHtml(text.summary.text)}</p>` : '',
    data.housing ? housingHtml(data.housing, words) : '',
    badgesHtml(data.support, data.pathways, lang),
    `<p class="meta">${data.status === 'temporarily-closed' ? `<strong>${escapeHtml(ui.notices.closed)} </strong>` : ''}`,
    escapeHtml(verified),
    `<span class="visually-hidden">; ${escapeHtml(labelIn(ATTENDANCE, data.attendance, lang))}</span></p>`,
    actionsHtml(data, words),
    `</li>`,
  ].join('');
}

const cache = new Map<string, string>();

/** `cardHtml`, computed once per listing, language and heading level for the whole build. */
export function cachedCardHtml(listing: CardListing, context: CardContext): string {
  const key = `${context.lang}|${context.level}|${context.today}|${context.base}|${listing.id}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = cardHtml(listing, context);
    cache.set(key, html);
  }
  return html;
}
