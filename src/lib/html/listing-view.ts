/**
 * Everything a listing's page shows, worked out once from the listing, the site's settings, the
 * build's day and the page's language. The page (src/pages/[...lang]/listings/[slug].astro) and
 * its parts (./_components/ beside it) only put these values and their dictionary's words into
 * markup, so every value the page shows is computed here, in one pure function that unit tests
 * can hold to concrete output in each language.
 */
import type { LatLng } from '#lib/map/geo.ts';
import { PRIVATE_AREA_RADIUS_M } from '#lib/map/geo.ts';
import { hasPlace, shownPoint } from '#lib/map/points.ts';
import { listingTimes, type ListingTimes } from '#lib/meetings/rows.ts';
import { meetingTypeLabel } from '#lib/meetings/type-labels.ts';
import { daysSince, isStale, verifiedAgo } from '#lib/time/freshness.ts';
import { capitalize, formatIsoDate } from '#lib/time/format.ts';
import type { ListingData } from '#schemas/listing.ts';
import type { Hours, Schedule } from '#schemas/schedule.ts';
import type { SiteConfig } from '#schemas/site.ts';
import type { Dictionary, TimeWords } from '#i18n/dictionary.ts';
import { dictionary } from '#i18n/index.ts';
import type { Lang } from '#i18n/languages.ts';
import { listingText } from '#i18n/listing-text.ts';
import { localizedPath } from '#i18n/routes.ts';
import type { PageText } from '#i18n/site-text.ts';
import { labelIn, labelsIn, pathwayTermsIn, termIn } from '#i18n/terms.ts';
import { fill, listText } from '#i18n/text.ts';
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
  languageLabel,
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
 * Where the site is deployed and in which language the page is: its base path
 * (import.meta.env.BASE_URL), not its origin. A shared link must name the address the page is
 * actually served from, which only the browser knows (src/client/share-listing.ts), so the page
 * never writes an absolute address of its own.
 */
export interface ListingViewPaths {
  base: string;
  /** The page's language. */
  lang: Lang;
  /** The languages the site is built in, the default (the one listings are written in) first. */
  languages: readonly string[];
  /** The page language's time words and locale. */
  time: TimeWords;
}

/** A link as the page writes it. */
export interface LinkView {
  href: string;
  text: string;
}

/** One term and its plain-text value in a definition list; `lang` when the value is the listing's own words in another language. */
export interface FactView {
  term: string;
  value: string;
  lang?: string | undefined;
}

/** The address block. A private location has no street: only the town is ever published. */
export interface PlaceView {
  /** "Address", or "Area" for a private location, in the page's language. */
  label: string;
  street?: string | undefined;
  /** "Lansing, MI 48912", with the country in brackets when it is not the region's. */
  locality: string;
  private: boolean;
}

/** How to join a meeting online or by phone. */
export interface JoinView {
  url?: string | undefined;
  phone?: LinkView | undefined;
  notes?: PageText | undefined;
}

/** What a listing's page shows, part by part; optional parts are left out of the page when unset. */
export interface ListingView {
  slug: string;
  /** The name in the page's language where the listing gives one (`lang` set when it does not). */
  name: PageText;
  status: ListingData['status'];
  /** The page's meta description: the summary in the page's language, or the category and the town. */
  metaDescription: string;
  /** Home, then the listing's category, both in the page's language. */
  breadcrumbs: LinkView[];
  /** For planners: where the listing's kind of place is missing in the community (/gaps/). */
  gaps: LinkView;
  lede: {
    category: string;
    fellowship?: string | undefined;
    summary?: PageText | undefined;
    /** Set when the summary is shown untranslated: the note that says so. */
    untranslatedNote?: string | undefined;
  };
  /** Support types and pathways as terms: explained on the page, filtered on by Pagefind. */
  support: Term[];
  pathways: Term[];
  /** The ids the badges show (the same markup as the cards). */
  badges: { support: readonly string[]; pathways: readonly string[] | undefined };
  /** What the open-now line works from; none when the listing gives no times or is closed. */
  times?: ListingTimes | undefined;
  /** Set when the listing is temporarily closed: what to tell people. */
  closedNote?: PageText | undefined;
  verified: { date: string; ago: string; how?: string | undefined; stale: boolean };
  place?: PlaceView | undefined;
  contacts: { phone?: LinkView; sms?: LinkView; email?: LinkView; website?: LinkView };
  join?: JoinView | undefined;
  /** The buttons' links. Directions go to the true point, so a private location has none. */
  actions: { call?: string; text?: string; directions?: string; mapApp?: string };
  /**
   * What "Share" and "Text it to someone" pass on: the page's path under the base (in the page's
   * language), which the browser turns into the address it is served from, and the text
   * message's words without the link ("Name · Lansing · (517) 555-0142"), which is all a browser
   * without JavaScript sends.
   */
  share: { name: string; path: string; message: string };
  /**
   * Where to report a problem, the report written in the page's language. `first` is what the
   * page offers first: the e-mail, which needs no account, when site.yaml gives `contact_email`;
   * otherwise the code host's issue form.
   */
  report: {
    first: string;
    mail?: { href: string; email: string } | undefined;
    issue: { href: string; host: string };
    edit: string;
    /** The listing form, opened on this listing (/contribute/edit/?slug=…, in the page's language). */
    suggest: string;
  };
  /** The description as HTML (`lang` set when it is not in the page's language, with a note saying so). */
  about?: { html: string; lang?: string | undefined; untranslatedNote?: string | undefined } | undefined;
  schedule?:
    | {
        entries: Schedule;
        timezone: string;
        /** The language of the entries' notes when it is not the page's. */
        notesLang?: string | undefined;
        calendar: { href: string; download: string };
        /** One-off events: the only dates they happen. */
        dates?: { iso: string; text: string }[] | undefined;
      }
    | undefined;
  hours?: { entries: Hours; timezone: string } | undefined;
  /** A meeting with no set times, held when people arrange it: the words that say so. */
  byAppointment?: { label: string; note: string } | undefined;
  housing?: { moud: Term; facts: FactView[] } | undefined;
  employer?: FactView[] | undefined;
  /** "Good to know": how to take part, cost, languages, who it is for, accessibility, … */
  details: FactView[];
  /** A private location's map shows the centre of its area and a circle, never the true point. */
  map?: { point: LatLng; areaRadius?: number | undefined } | undefined;
}

const EVENT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'long', day: 'numeric', year: 'numeric' };

/** What the parts below need to know about the page's language. */
interface Words {
  lang: Lang;
  locale: string;
  /** The language listings are written in; set only when it is not the page's. */
  otherLang?: string | undefined;
  ui: Dictionary['listing'];
}

/** A phone number as a link: dialable `href`, readable text. */
function phoneLink(phone: string, href: (phone: string) => string): LinkView {
  return { href: href(phone), text: formatPhone(phone) };
}

/** A term's label and its explanation, as the page's definition lists write them. */
function explained(terms: readonly Term[], id: string, lang: Lang): string {
  const term = termIn(terms, id, lang)!;
  return `${term.label}: ${term.description}`;
}

// The spec builds a fresh table on every call: one per language for the whole build.
const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name for the page: "Spanish (Español)" in English, "Inglés (English)" in Spanish:
 * the page's own word first, and the language's own name beside it for whoever reads it.
 */
function languageName(code: string, words: Words): string {
  if (words.lang === 'en') return languageLabel(code);
  const key = `${words.locale}|${code}`;
  let name = languageNameTexts.get(key);
  if (name === undefined) {
    name = languageNameText(code, words);
    languageNameTexts.set(key, name);
  }
  return name;
}

// Every page of a language names the same few languages.
const languageNameTexts = new Map<string, string>();

function languageNameText(code: string, words: Words): string {
  const names = (locale: string) => {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
      languageNames.set(locale, names);
    }
    return names;
  };
  try {
    const inPage = capitalize(names(words.locale).of(code) ?? code, words.locale);
    const own = capitalize(names(code).of(code) ?? code, code);
    return code === words.lang || own === inPage || own === code ? inPage : `${inPage} (${own})`;
  } catch {
    return code;
  }
}

/** The listing's own words (a note, a schedule's remark) as the page shows them: marked when in another language. */
function ownWords(text: string, words: Words): PageText {
  return words.otherLang ? { text, lang: words.otherLang } : { text };
}

function placeOf(data: ListingData, site: ListingViewSite, words: Words): PlaceView | undefined {
  if (!hasPlace(data) || !data.address) return undefined;
  const { street, city, region, postal_code } = data.address;
  const country = data.address.country ?? site.region.country;
  return {
    label: data.location_private ? words.ui.contact.area : words.ui.contact.address,
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

function joinOf(data: ListingData, words: Words): JoinView | undefined {
  if (!data.conference_url && !data.conference_phone) return undefined;
  return {
    url: data.conference_url && asciiUrl(data.conference_url),
    phone: data.conference_phone ? phoneLink(data.conference_phone, telHref) : undefined,
    notes: data.conference_notes ? ownWords(data.conference_notes, words) : undefined,
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

function housingOf(housing: NonNullable<ListingData['housing']>, { lang, ui }: Words): ListingView['housing'] {
  const facts: FactView[] = [];
  if (housing.narr_level) {
    facts.push({ term: ui.housing.narrLevel, value: explained(NARR_LEVELS, String(housing.narr_level), lang) });
  }
  if (housing.gender) facts.push({ term: ui.housing.residents, value: labelIn(HOUSING_GENDERS, housing.gender, lang) });
  if (housing.beds) facts.push({ term: ui.housing.beds, value: String(housing.beds) });
  return { moud: termIn(MOUD_POLICIES, housing.moud, lang)!, facts };
}

function employerOf(employer: NonNullable<ListingData['employer']>, words: Words): FactView[] {
  const { ui } = words;
  const facts: FactView[] = [
    { term: ui.work.fairChance, value: employer.fair_chance ? ui.work.fairChanceYes : ui.work.notStated },
  ];
  if (employer.industries) {
    // The industries are the listing's own words, in the language it is written in.
    const kinds = ownWords(listText(words.locale, employer.industries), words);
    facts.push({ term: ui.work.kinds, value: kinds.text, lang: kinds.lang });
  }
  return facts;
}

function detailsOf(data: ListingData, words: Words): FactView[] {
  const { lang, ui } = words;
  const labels = (terms: readonly Term[], ids: readonly string[]) => labelsIn(terms, ids, lang).join(', ');
  const facts: (FactView | false | undefined)[] = [
    { term: ui.details.takePart, value: explained(ATTENDANCE, data.attendance, lang) },
    data.cost && { term: ui.details.cost, value: explained(COSTS, data.cost, lang) },
    { term: ui.details.languages, value: data.languages.map((code) => languageName(code, words)).join(', ') },
    data.populations && { term: ui.details.especiallyFor, value: labels(POPULATIONS, data.populations) },
    data.accessibility && { term: ui.details.accessibility, value: labels(ACCESSIBILITY, data.accessibility) },
    data.features && { term: ui.details.also, value: labels(FEATURES, data.features) },
    data.meeting_types && {
      term: ui.details.meetingType,
      value: data.meeting_types.map((code) => meetingTypeLabel(code, lang)).join(', '),
    },
  ];
  return facts.filter((fact): fact is FactView => Boolean(fact));
}

function reportOf(
  site: ListingViewSite,
  subject: { slug: string; name: string },
  filePath: string,
  { ui }: Words,
): Omit<ListingView['report'], 'suggest'> {
  const words = ui.report.message;
  const issue = {
    href: reportProblemUrl(site.repository, subject, words),
    host: codeHostName(site.repository.url, ui.report.unknownHost),
  };
  const mail = site.contact_email
    ? { href: reportProblemMailto(site.contact_email, subject, words), email: site.contact_email }
    : undefined;
  return { first: mail?.href ?? issue.href, mail, issue, edit: editUrl(site.repository, filePath) };
}

/** The description rendered, marked and noted when it is not in the page's language. */
function aboutOf(description: PageText | undefined, ui: Dictionary['listing']): ListingView['about'] {
  const html = description ? renderDescription(description.text) : '';
  if (!html) return undefined;
  return description?.lang ? { html, lang: description.lang, untranslatedNote: ui.untranslated.description } : { html };
}

/** The values a listing's page shows, for the site's `today` (YYYY-MM-DD in its time zone). */
export function listingView(
  listing: ListingSource,
  site: ListingViewSite,
  today: string,
  paths: ListingViewPaths,
): ListingView {
  const { id: slug, data } = listing;
  const { lang, languages } = paths;
  const sourceLang = languages[0] ?? lang;
  const ui = dictionary(lang).listing;
  const words: Words = { lang, locale: paths.time.locale, ui, ...(lang !== sourceLang && { otherLang: sourceLang }) };
  const href = (path: string) => withBase(localizedPath(path, lang, languages), paths.base);
  const text = listingText(data, lang, sourceLang, listing.body);
  const name = text.name.text;
  const category = termIn(CATEGORIES, data.category, lang)!;
  const timezone = data.timezone ?? site.timezone;
  const days = daysSince(data.last_verified, today);
  const filePath = listing.filePath ?? `data/listings/${slug}.md`;
  return {
    slug,
    name: text.name,
    status: data.status,
    metaDescription:
      text.summary && !text.summary.lang
        ? text.summary.text
        : fill(ui.metaDescription, { category: category.label, place: data.address?.city ?? site.region.name }),
    breadcrumbs: [
      { href: href('/'), text: ui.breadcrumbs.home },
      { href: href(`/categories/${category.id}/`), text: category.label },
    ],
    gaps: {
      href: href(`/gaps/?category=${category.id}`),
      text: fill(dictionary(lang).gaps.listingLink, {
        category: category.label.charAt(0).toLocaleLowerCase(paths.time.locale) + category.label.slice(1),
      }),
    },
    lede: {
      category: category.label,
      fellowship: data.fellowship && labelIn(FELLOWSHIPS, data.fellowship, lang),
      summary: text.summary,
      ...(text.summary?.lang && { untranslatedNote: ui.untranslated.summary }),
    },
    support: data.support.map((id) => termIn(SUPPORT_TYPES, id, lang)!),
    pathways: pathwayTermsIn(data.pathways, lang),
    badges: { support: data.support, pathways: data.pathways },
    times: listingTimes(data, site.timezone),
    closedNote:
      data.status === 'temporarily-closed'
        ? data.status_note
          ? ownWords(data.status_note, words)
          : { text: ui.notices.closedDefault }
        : undefined,
    verified: {
      date: data.last_verified,
      ago: verifiedAgo(days, paths.time.locale),
      how: data.verified_how && labelIn(VERIFIED_HOW, data.verified_how, lang),
      stale: isStale(data.last_verified, today, site.stale_after_days),
    },
    place: placeOf(data, site, words),
    contacts: contactsOf(data),
    join: joinOf(data, words),
    actions: actionsOf(data),
    share: {
      name,
      path: href(`/listings/${slug}/`),
      message: [
        name,
        data.attendance === 'online' ? ui.share.online : data.address?.city,
        data.phone && formatPhone(data.phone),
      ]
        .filter(Boolean)
        .join(' · '),
    },
    report: { ...reportOf(site, { slug, name }, filePath, words), suggest: href(`/contribute/edit/?slug=${slug}`) },
    about: aboutOf(text.description, ui),
    schedule: data.schedule && {
      entries: data.schedule,
      timezone,
      notesLang: data.schedule.some((entry) => entry.note) ? words.otherLang : undefined,
      // The calendar file is one for every language: it lives at the root.
      calendar: { href: withBase(`/listings/${slug}.ics`, paths.base), download: `${slug}.ics` },
      dates: data.event_dates?.map((iso) => ({ iso, text: formatIsoDate(iso, EVENT_DATE, paths.time.locale) })),
    },
    hours: data.hours && { entries: data.hours, timezone },
    byAppointment: data.by_appointment && !data.schedule ? ui.appointment : undefined,
    housing: data.housing && housingOf(data.housing, words),
    employer: data.employer && employerOf(data.employer, words),
    details: detailsOf(data, words),
    map: hasPlace(data)
      ? { point: shownPoint(data), areaRadius: data.location_private ? PRIVATE_AREA_RADIUS_M : undefined }
      : undefined,
  };
}
