/**
 * Everything a listing's page shows, worked out once from the listing, the site's settings and
 * the build's day. The page (src/pages/listings/[slug].astro) and its parts
 * (src/pages/listings/_components/) only put these values into markup, so every value the page
 * shows is computed here, in one pure function that unit tests can hold to concrete output.
 */
import type { LatLng } from '#lib/map/geo.ts';
import { PRIVATE_AREA_RADIUS_M } from '#lib/map/geo.ts';
import { hasPlace, shownPoint } from '#lib/map/points.ts';
import { listingTimes, type ListingTimes } from '#lib/meetings/rows.ts';
import { meetingTypeLabel } from '#lib/meetings/type-labels.ts';
import { daysSince, isStale, verifiedAgo } from '#lib/time/freshness.ts';
import { formatIsoDate } from '#lib/time/format.ts';
import type { ListingData } from '#schemas/listing.ts';
import type { Hours, Schedule } from '#schemas/schedule.ts';
import type { SiteConfig } from '#schemas/site.ts';
import type { TimeWords } from '#i18n/dictionary.ts';
import {
  ACCESSIBILITY,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  NARR_LEVELS,
  POPULATIONS,
  SUPPORT_TYPES,
  VERIFIED_HOW,
  labelOf,
  labelsOf,
  languageLabel,
  pathwayTerms,
  termOf,
  type Term,
} from '#taxonomy';
import {
  asciiUrl,
  directionsUrl,
  editUrl,
  formatPhone,
  geoUri,
  smsHref,
  telHref,
  websiteText,
  withBase,
} from './links.ts';
import { codeHostName, reportProblemMailto, reportProblemUrl } from './report.ts';
import { renderDescription } from './markdown.ts';

/** A listing as the content collection gives it: the file's slug, its data and its Markdown body. */
export interface ListingSource {
  id: string;
  data: ListingData;
  body?: string | undefined;
  /** The listing's file, relative to the project; older entries may lack it. */
  filePath?: string | undefined;
}

/** The settings of data/site.yaml the page reads. */
export interface ListingViewSite {
  timezone: string;
  stale_after_days: number;
  region: Pick<SiteConfig['region'], 'name' | 'country'>;
  repository: SiteConfig['repository'];
  contact_email?: string | undefined;
}

/**
 * Where the site is deployed: its base path (import.meta.env.BASE_URL). Not its origin: a shared
 * link must name the address the page is actually served from, which only the browser knows
 * (src/client/share-listing.ts), so the page never writes an absolute address of its own.
 */
export interface ListingViewPaths {
  base: string;
  /** The page language's time words and locale. */
  time: TimeWords;
}

/** A link as the page writes it. */
export interface LinkView {
  href: string;
  text: string;
}

/** One term and its plain-text value in a definition list. */
export interface FactView {
  term: string;
  value: string;
}

/** The address block. A private location has no street: only the town is ever published. */
export interface PlaceView {
  label: 'Address' | 'Area';
  street?: string | undefined;
  /** "Lansing, MI 48912", with the country in brackets when it is not the region's. */
  locality: string;
  private: boolean;
}

/** How to join a meeting online or by phone. */
export interface JoinView {
  url?: string | undefined;
  phone?: LinkView | undefined;
  notes?: string | undefined;
}

/** What a listing's page shows, part by part; optional parts are left out of the page when unset. */
export interface ListingView {
  slug: string;
  name: string;
  status: ListingData['status'];
  /** The page's meta description: the summary, or the category and the town. */
  metaDescription: string;
  /** Home, then the listing's category. */
  breadcrumbs: LinkView[];
  lede: { category: string; fellowship?: string | undefined; summary?: string | undefined };
  /** Support types and pathways as terms: explained on the page, filtered on by Pagefind. */
  support: Term[];
  pathways: Term[];
  /** The ids the badges show (the same markup as the cards). */
  badges: { support: readonly string[]; pathways: readonly string[] | undefined };
  /** What the open-now line works from; none when the listing gives no times or is closed. */
  times?: ListingTimes | undefined;
  /** Set when the listing is temporarily closed: what to tell people. */
  closedNote?: string | undefined;
  verified: { date: string; ago: string; how?: string | undefined; stale: boolean };
  place?: PlaceView | undefined;
  contacts: { phone?: LinkView; sms?: LinkView; email?: LinkView; website?: LinkView };
  join?: JoinView | undefined;
  /** The buttons' links. Directions go to the true point, so a private location has none. */
  actions: { call?: string; text?: string; directions?: string; mapApp?: string };
  /**
   * What "Share" and "Text it to someone" pass on: the page's path under the base, which the
   * browser turns into the address it is served from, and the text message's words without the
   * link ("Name · Lansing · (517) 555-0142"), which is all a browser without JavaScript sends.
   */
  share: { name: string; path: string; message: string };
  /**
   * Where to report a problem. `first` is what the page offers first: the e-mail, which needs no
   * account, when site.yaml gives `contact_email`; otherwise the code host's issue form.
   */
  report: {
    first: string;
    mail?: { href: string; email: string } | undefined;
    issue: { href: string; host: string };
    edit: string;
  };
  /** The description as HTML, or "" when there is none. */
  aboutHtml: string;
  schedule?:
    | {
        entries: Schedule;
        timezone: string;
        calendar: { href: string; download: string };
        /** One-off events: the only dates they happen. */
        dates?: { iso: string; text: string }[] | undefined;
      }
    | undefined;
  hours?: { entries: Hours; timezone: string } | undefined;
  housing?: { moud: Term; facts: FactView[] } | undefined;
  employer?: FactView[] | undefined;
  /** "Good to know": how to take part, cost, languages, who it is for, accessibility, … */
  details: FactView[];
  /** A private location's map shows the centre of its area and a circle, never the true point. */
  map?: { point: LatLng; areaRadius?: number | undefined } | undefined;
}

const EVENT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'long', day: 'numeric', year: 'numeric' };

/** A phone number as a link: dialable `href`, readable text. */
function phoneLink(phone: string, href: (phone: string) => string): LinkView {
  return { href: href(phone), text: formatPhone(phone) };
}

/** A term's label and its explanation, as the page's definition lists write them. */
function explained(terms: readonly Term[], id: string): string {
  const term = termOf(terms, id)!;
  return `${term.label}: ${term.description}`;
}

function placeOf(data: ListingData, site: ListingViewSite): PlaceView | undefined {
  if (!hasPlace(data) || !data.address) return undefined;
  const { street, city, region, postal_code } = data.address;
  const country = data.address.country ?? site.region.country;
  return {
    label: data.location_private ? 'Area' : 'Address',
    street: data.location_private ? undefined : street,
    locality: [
      city,
      region && `, ${region}`,
      postal_code && ` ${postal_code}`,
      country !== site.region.country && ` (${country})`,
    ]
      .filter(Boolean)
      .join(''),
    private: data.location_private,
  };
}

function contactsOf(data: ListingData): ListingView['contacts'] {
  return {
    ...(data.phone && { phone: phoneLink(data.phone, telHref) }),
    ...(data.sms && { sms: phoneLink(data.sms, smsHref) }),
    ...(data.email && { email: { href: `mailto:${data.email}`, text: data.email } }),
    ...(data.website && {
      website: { href: asciiUrl(data.website), text: websiteText(data.website) },
    }),
  };
}

function joinOf(data: ListingData): JoinView | undefined {
  if (!data.conference_url && !data.conference_phone) return undefined;
  return {
    url: data.conference_url && asciiUrl(data.conference_url),
    phone: data.conference_phone ? phoneLink(data.conference_phone, telHref) : undefined,
    notes: data.conference_notes,
  };
}

function actionsOf(data: ListingData): ListingView['actions'] {
  const shown = hasPlace(data) && !data.location_private ? data.geo : undefined;
  return {
    ...(data.phone && { call: telHref(data.phone) }),
    ...(data.sms && { text: smsHref(data.sms) }),
    ...(shown && {
      directions: directionsUrl(shown.lat, shown.lng),
      mapApp: geoUri(shown.lat, shown.lng, data.name),
    }),
  };
}

function housingOf(housing: NonNullable<ListingData['housing']>): ListingView['housing'] {
  const facts: FactView[] = [];
  if (housing.narr_level) facts.push({ term: 'NARR level', value: explained(NARR_LEVELS, String(housing.narr_level)) });
  if (housing.gender) facts.push({ term: 'Residents', value: labelOf(HOUSING_GENDERS, housing.gender) });
  if (housing.beds) facts.push({ term: 'Beds', value: String(housing.beds) });
  return { moud: termOf(MOUD_POLICIES, housing.moud)!, facts };
}

function employerOf(employer: NonNullable<ListingData['employer']>): FactView[] {
  return [
    {
      term: 'Fair-chance hiring',
      value: employer.fair_chance ? 'Yes: people with a criminal record are considered.' : 'Not stated.',
    },
    ...(employer.industries ? [{ term: 'Kinds of work', value: employer.industries.join(', ') }] : []),
  ];
}

function detailsOf(data: ListingData): FactView[] {
  const labels = (terms: readonly Term[], ids: readonly string[]) => labelsOf(terms, ids).join(', ');
  const facts: (FactView | false | undefined)[] = [
    { term: 'How to take part', value: explained(ATTENDANCE, data.attendance) },
    data.cost && { term: 'Cost', value: explained(COSTS, data.cost) },
    { term: 'Languages', value: data.languages.map(languageLabel).join(', ') },
    data.populations && { term: 'Especially for', value: labels(POPULATIONS, data.populations) },
    data.accessibility && { term: 'Accessibility', value: labels(ACCESSIBILITY, data.accessibility) },
    data.features && { term: 'Also', value: labels(FEATURES, data.features) },
    data.meeting_types && { term: 'Meeting type', value: data.meeting_types.map((code) => meetingTypeLabel(code)).join(', ') },
  ];
  return facts.filter((fact): fact is FactView => Boolean(fact));
}

function reportOf(
  site: ListingViewSite,
  subject: { slug: string; name: string },
  filePath: string,
): ListingView['report'] {
  const issue = { href: reportProblemUrl(site.repository, subject), host: codeHostName(site.repository.url) };
  const mail = site.contact_email
    ? { href: reportProblemMailto(site.contact_email, subject), email: site.contact_email }
    : undefined;
  return { first: mail?.href ?? issue.href, mail, issue, edit: editUrl(site.repository, filePath) };
}

/** The values a listing's page shows, for the site's `today` (YYYY-MM-DD in its time zone). */
export function listingView(
  listing: ListingSource,
  site: ListingViewSite,
  today: string,
  paths: ListingViewPaths,
): ListingView {
  const { id: slug, data } = listing;
  const category = termOf(CATEGORIES, data.category)!;
  const timezone = data.timezone ?? site.timezone;
  const days = daysSince(data.last_verified, today);
  const filePath = listing.filePath ?? `data/listings/${slug}.md`;
  return {
    slug,
    name: data.name,
    status: data.status,
    metaDescription: data.summary ?? `${category.label} in ${data.address?.city ?? site.region.name}.`,
    breadcrumbs: [
      { href: withBase('/', paths.base), text: 'Home' },
      { href: withBase(`/categories/${category.id}/`, paths.base), text: category.label },
    ],
    lede: {
      category: category.label,
      fellowship: data.fellowship && labelOf(FELLOWSHIPS, data.fellowship),
      summary: data.summary,
    },
    support: data.support.map((id) => termOf(SUPPORT_TYPES, id)!),
    pathways: pathwayTerms(data.pathways),
    badges: { support: data.support, pathways: data.pathways },
    times: listingTimes(data, site.timezone),
    closedNote:
      data.status === 'temporarily-closed'
        ? (data.status_note ?? 'Call before you go to check whether it has reopened.')
        : undefined,
    verified: {
      date: data.last_verified,
      ago: verifiedAgo(days, paths.time.locale),
      how: data.verified_how && labelOf(VERIFIED_HOW, data.verified_how),
      stale: isStale(data.last_verified, today, site.stale_after_days),
    },
    place: placeOf(data, site),
    contacts: contactsOf(data),
    join: joinOf(data),
    actions: actionsOf(data),
    share: {
      name: data.name,
      path: withBase(`/listings/${slug}/`, paths.base),
      message: [
        data.name,
        data.attendance === 'online' ? 'Online' : data.address?.city,
        data.phone && formatPhone(data.phone),
      ]
        .filter(Boolean)
        .join(' · '),
    },
    report: reportOf(site, { slug, name: data.name }, filePath),
    aboutHtml: renderDescription(listing.body ?? data.description),
    schedule: data.schedule && {
      entries: data.schedule,
      timezone,
      calendar: { href: withBase(`/listings/${slug}.ics`, paths.base), download: `${slug}.ics` },
      dates: data.event_dates?.map((iso) => ({ iso, text: formatIsoDate(iso, EVENT_DATE, paths.time.locale) })),
    },
    hours: data.hours && { entries: data.hours, timezone },
    housing: data.housing && housingOf(data.housing),
    employer: data.employer && employerOf(data.employer),
    details: detailsOf(data),
    map: hasPlace(data)
      ? { point: shownPoint(data), areaRadius: data.location_private ? PRIVATE_AREA_RADIUS_M : undefined }
      : undefined,
  };
}
