/**
 * Listing cards as HTML strings, rendered once per listing and reused. A listing appears on the
 * finder and on several landing pages (its category, each support type, each pathway), so at
 * 10,000 listings the build would otherwise render some 70,000 card components; caching the
 * string keeps that cost proportional to the number of listings (see BENCHMARKS.md).
 */
import {
  ATTENDANCE,
  CATEGORIES,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  SUPPORT_TYPES,
  VERIFIED_HOW,
  labelOf,
  pathwayTerms,
} from '#taxonomy';
import { daysSince, isStale, verifiedAgo } from '#lib/time/freshness.ts';
import { formatPhone, telHref } from './links.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Support and pathway badges; the detail page's Badges component uses the same markup. */
export function badgesHtml(support: readonly string[], pathways: readonly string[] = []): string {
  const items = [
    ...support.map(
      (id) =>
        `<li class="badge support-${escapeHtml(id)}"><span class="visually-hidden">Support: </span>${escapeHtml(labelOf(SUPPORT_TYPES, id))}</li>`,
    ),
    ...pathwayTerms(pathways).map(
      (term) =>
        `<li class="badge pathway"><span class="visually-hidden">Pathway: </span>${escapeHtml(term.label)}</li>`,
    ),
  ];
  return `<ul class="badges" aria-label="Support and pathways">${items.join('')}</ul>`;
}

/**
 * The "Add to my list" toggle for one listing (cards here; detail pages through AddToList.astro).
 * It needs JavaScript, so it takes no room without it (`js-only`); src/client/add-to-list.ts
 * wires every such button on a page by one listener and sets `aria-pressed` from the device's list.
 * Its name is the label alone: on a card it follows the listing's heading. On a card (`slug`
 * left out) the script takes the listing from the card's `data-listing`: the finder's page carries
 * every card, and a second copy of each slug or the name would add tens of kilobytes to it at scale.
 */
export function addToListHtml(slug?: string): string {
  const data = slug === undefined ? '' : ` data-slug="${escapeHtml(slug)}"`;
  return `<button type="button" class="add-to-list js-only" data-add-to-list${data} aria-pressed="false">Add to my list</button>`;
}

export interface CardListing {
  id: string;
  data: {
    name: string;
    category: string;
    summary?: string | undefined;
    support: readonly string[];
    pathways?: readonly string[] | undefined;
    attendance: string;
    address?: { city?: string | undefined } | undefined;
    phone?: string | undefined;
    conference_phone?: string | undefined;
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
  /** The page language's locale, for dates and ages. */
  locale: string;
}

/** Where a listing happens, in a few words. */
function whereOf(data: CardListing['data']): string {
  if (data.attendance === 'online') return 'Online';
  if (data.attendance === 'phone') return 'By phone';
  return [data.address?.city, data.attendance === 'hybrid' ? 'and online' : undefined].filter(Boolean).join(' ');
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
function housingHtml(housing: NonNullable<CardListing['data']['housing']>): string {
  const who = housing.gender ? ` · ${escapeHtml(labelOf(HOUSING_GENDERS, housing.gender))}` : '';
  return (
    `<p class="card-policy" data-moud="${escapeHtml(housing.moud)}">` +
    `<span class="visually-hidden">Medication for opioid use disorder (MOUD): </span>` +
    `<strong>${escapeHtml(labelOf(MOUD_POLICIES, housing.moud))}</strong>${who}</p>`
  );
}

/** A card's actions: "Call" (44 px, for phones) when there is a number, and "Add to my list". */
function actionsHtml(data: CardListing['data']): string {
  const phone = phoneToCall(data);
  const call = phone
    ? `<a class="button secondary card-call" href="${escapeHtml(telHref(phone))}">Call ${escapeHtml(formatPhone(phone))}</a>`
    : '';
  return `<div class="card-actions">${call}${addToListHtml()}</div>`;
}

/**
 * One card: name, category and place, summary, a housing's medication policy, badges, open
 * state, freshness, and its actions.
 */
export function cardHtml(listing: CardListing, context: CardContext): string {
  const { data } = listing;
  const days = daysSince(data.last_verified, context.today);
  const stale = isStale(data.last_verified, context.today, context.staleAfterDays);
  const where = whereOf(data);
  const h = context.level;
  return [
    `<li class="card" data-listing="${escapeHtml(listing.id)}">`,
    `<${h}><a href="${context.base}listings/${escapeHtml(listing.id)}/">${escapeHtml(data.name)}</a></${h}>`,
    `<p class="meta">${escapeHtml(labelOf(CATEGORIES, data.category))}${where ? ` · ${escapeHtml(where)}` : ''}</p>`,
    data.summary ? `<p>${escapeHtml(data.summary)}</p>` : '',
    data.housing ? housingHtml(data.housing) : '',
    badgesHtml(data.support, data.pathways),
    `<p class="meta">${data.status === 'temporarily-closed' ? '<strong>Temporarily closed. </strong>' : ''}`,
    `Verified ${verifiedAgo(days, context.locale)}${data.verified_how ? ` ${labelOf(VERIFIED_HOW, data.verified_how)}` : ''}${stale ? ' (may be out of date)' : ''}`,
    `<span class="visually-hidden">; ${escapeHtml(labelOf(ATTENDANCE, data.attendance))}</span></p>`,
    actionsHtml(data),
    `</li>`,
  ].join('');
}

const cache = new Map<string, string>();

/** `cardHtml`, computed once per listing and heading level for the whole build. */
export function cachedCardHtml(listing: CardListing, context: CardContext): string {
  const key = `${context.locale}|${context.level}|${context.today}|${listing.id}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = cardHtml(listing, context);
    cache.set(key, html);
  }
  return html;
}
