/**
 * Checking one listing file on its own: every rule that needs only the file and site.yaml (the
 * schema, the YAML, the Markdown, the dates, the map point). The rules across files (unique
 * slugs) are in project.ts.
 */
import { z } from 'astro/zod';
import { listingFields, listingSchema, SLUG_RE, type ListingData } from '#schemas/listing.ts';
import { geoSchema, type Geo } from '#schemas/place.ts';
import type { SiteConfig } from '#schemas/site.ts';
import { daysSince } from '#lib/time/freshness.ts';
import { inBounds } from '#lib/map/geo.ts';
import { slugify } from '#lib/authoring/listing-file.ts';
import { checkCharacters } from './characters.ts';
import { checkCurlyQuotes } from './curly-quotes.ts';
import { basename, extname } from './file-path.ts';
import { checkFreeTextEmails } from './free-text-emails.ts';
import { checkMisplacedFields } from './misplaced-fields.ts';
import { checkPersonalDetails } from './personal-details.ts';
import { checkPersonFirstWords } from './person-first.ts';
import { checkPlainHttpWebsite } from './plain-http.ts';
import { checkUsZipCode } from './us-zip-code.ts';
import { checkMarkdownBody, checkPlaceholders } from './markdown.ts';
import { checkDescriptionLimits, checkFileLimits, MAX_PROBLEMS_PER_FILE } from './limits.ts';
import { DESCRIPTION_FIELD, FILE_NAME_FIELD } from './field-names.ts';
import { friendlyErrorMap, issuesToProblems } from './messages.ts';
import { checkTranslations } from './translations.ts';
import { conferenceLinkWarnings } from '#lib/open-data/meeting-guide/conference-providers.ts';
import type { Problem } from './problem.ts';
import { normalizeNewlines, readListingSource, type ParsedSource } from './source.ts';

/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
export const daysBetween = daysSince;

/** What checking one listing needs of site.yaml (the listing form hands the browser only this). */
export type ListingSite = Pick<SiteConfig, 'region' | 'stale_after_days' | 'languages'>;

/** The site as the project walk holds it (all of site.yaml), or only what one listing needs. */
export interface ListingCheckContext<Site extends ListingSite = SiteConfig> {
  site?: Site;
  /** YYYY-MM-DD; defaults to today in the site's time zone. */
  today: string;
}

export interface CheckedListing {
  file: string;
  slug: string;
  data?: ListingData;
  /** The Markdown description below the front matter of a `.md` file ('' for YAML files). */
  body: string;
  /** Line of `last_verified`, so the re-verification queue can point at the date to update. */
  lastVerifiedLine?: number;
  /** Line of `name`, where a problem across files (a likely duplicate) points. */
  nameLine?: number;
  /**
   * False when a field is itself wrong or missing: the schema's rules between fields (a map
   * point for a place people visit, a join link for an online meeting) run only once every field
   * reads, so fixing these may bring new problems. The listing form says so.
   */
  rulesBetweenFieldsRan?: boolean;
  problems: Problem[];
}

/** Every rule that needs only this one file (and site.yaml): schema, YAML, body, dates, bounds. */
export function checkListing(file: string, text: string, context: ListingCheckContext<ListingSite>): CheckedListing {
  const extension = extname(file);
  const slug = basename(file, extension);
  // Size first: past these limits the YAML and Markdown readers take seconds to minutes.
  const tooLarge = checkFileLimits(file, text);
  if (tooLarge.length > 0) return { file, slug, body: '', problems: tooLarge };
  const source = readListingSource(file, text);
  const problems = [...source.problems];
  // A file saved in another encoding (e.g. Windows-1252 "Café") is read with U+FFFD in place of
  // its accented letters, which would then be published; say how to save it instead.
  const badByte = normalizeNewlines(text).indexOf('\uFFFD');
  if (badByte !== -1) {
    problems.push({
      file,
      line: normalizeNewlines(text).slice(0, badByte).split('\n').length,
      field: 'encoding',
      message: 'has characters that are not UTF-8 (shown as �); save the file with UTF-8 encoding and retype them',
      severity: 'error',
    });
  }
  // The build reads only lowercase .md/.yaml/.yml, so "Pantry.MD" would pass here yet vanish.
  if (!SLUG_RE.test(slug) || extension !== extension.toLowerCase()) {
    // No length cut: the suggestion keeps the whole name, only its characters change.
    const suggestion = slugify(slug, Infinity);
    problems.push({
      file,
      line: 1,
      field: FILE_NAME_FIELD,
      message: `the file name "${slug}${extension}" becomes the page address, so it may use only lowercase letters, digits and single hyphens; rename it to "${suggestion || 'a-name'}${extension.toLowerCase()}"`,
      severity: 'error',
    });
  }
  if (source.data === undefined) return { file, slug, body: source.body, problems };
  problems.push(...checkCharacters(file, source), ...checkFreeTextEmails(file, source));
  // Curly quotes and fields that lost their indentation get a message that names the real fix;
  // the schema's own problems about the same values would point elsewhere, so they are dropped.
  const curly = checkCurlyQuotes(file, source);
  const misplaced = checkMisplacedFields(file, source);
  problems.push(...curly, ...misplaced.problems);
  problems.push(
    ...checkPlainHttpWebsite(file, source),
    ...checkUsZipCode(file, source, context.site?.region.country),
    ...checkPersonFirstWords(file, source),
    ...checkPersonalDetails(file, source),
  );
  const explained = (problem: Problem) =>
    misplaced.covers(problem.path) || curly.some((c) => c.path?.join('.') === problem.path?.join('.'));

  const result = listingSchema.safeParse(source.data, { error: friendlyErrorMap });
  if (!result.success) {
    const { issues } = result.error;
    problems.push(
      ...issuesToProblems(file, source, issues.slice(0, MAX_PROBLEMS_PER_FILE), listingSchema).filter(
        (problem) => !explained(problem),
      ),
    );
    if (issues.length > MAX_PROBLEMS_PER_FILE) {
      const more = issues.length - MAX_PROBLEMS_PER_FILE;
      problems.push({
        file,
        field: 'file',
        message: `has ${more} more problem${more === 1 ? '' : 's'} like these; fix the ones above and validate again`,
        severity: 'error',
      });
    }
  }
  const raw = source.data as Record<string, unknown>;
  const bodyLimits = checkDescriptionLimits(file, source.body, source.bodyLine, DESCRIPTION_FIELD);
  problems.push(...bodyLimits);
  if (source.body.trim() !== '' && bodyLimits.length === 0) {
    problems.push(...checkMarkdownBody(file, source.body, source.bodyLine));
    problems.push(...checkPlaceholders(file, source.body, source.bodyLine));
  }
  if (typeof raw.description === 'string') {
    if (extension === '.md' && source.body.trim() !== '') {
      problems.push({
        file,
        line: source.lineOf(['description'], 'key'),
        field: 'description',
        message: 'is given twice: in a .md file the text below the front matter is the description; remove this field',
        severity: 'error',
      });
    }
    // A multi-line description is a block scalar (description: |) whose text starts a line below.
    const line = (source.lineOf(['description']) ?? 1) + (raw.description.includes('\n') ? 1 : 0);
    const limits = checkDescriptionLimits(file, raw.description, line, 'description');
    problems.push(...limits);
    if (limits.length === 0) problems.push(...checkMarkdownBody(file, raw.description, line, 'description'));
    problems.push(...checkPlaceholders(file, raw.description, line, 'description'));
  }
  problems.push(...checkTranslations(file, source, raw, context.site));
  // Dates and bounds are checked on the fields that parsed, even when others did not, so a
  // volunteer sees every problem in one round.
  const dates = datesSchema.safeParse(raw);
  if (dates.success) problems.push(...checkDates(file, source, dates.data, context));
  const geo = geoSchema.safeParse(raw.geo);
  if (context.site && geo.success) problems.push(...checkBounds(file, source, geo.data, context.site));
  if (!result.success) {
    // The rules between fields run after the fields themselves parse (zod runs an object's refinements only then).
    const rulesBetweenFieldsRan = listingFields.safeParse(source.data).success;
    return { file, slug, body: source.body, rulesBetweenFieldsRan, problems };
  }
  problems.push(...conferenceLinkWarnings(file, result.data, source));
  return {
    file,
    slug,
    data: result.data,
    body: source.body,
    lastVerifiedLine: source.lineOf(['last_verified']),
    nameLine: source.lineOf(['name']),
    problems,
  };
}

/**
 * The file `file` is named like `earlier`, another listing's file: page addresses must be unique.
 * A rule across files (project.ts), also asked by the listing form of a new listing's name.
 */
export function takenSlugProblem(file: string, slug: string, earlier: string): Problem {
  return {
    file,
    line: 1,
    field: FILE_NAME_FIELD,
    message: `"${slug}" is already used by ${earlier}; every file name must be unique across all folders, so rename one of them`,
    severity: 'error',
  };
}

// Non-strict: the other fields are checked (and reported) by the full schema.
const datesSchema = z.object(listingFields.pick({ last_verified: true, event_dates: true, status: true }).shape);

function checkDates(
  file: string,
  source: ParsedSource,
  data: Pick<ListingData, 'last_verified' | 'event_dates' | 'status'>,
  context: ListingCheckContext<ListingSite>,
): Problem[] {
  const problems: Problem[] = [];
  const age = daysBetween(data.last_verified, context.today);
  const line = source.lineOf(['last_verified']);
  if (age < 0) {
    problems.push({
      file,
      line,
      field: 'last_verified',
      message: `${data.last_verified} is in the future; write the date you actually confirmed the details (today is ${context.today})`,
      severity: 'error',
    });
  } else if (context.site && age > context.site.stale_after_days && data.status !== 'closed') {
    problems.push({
      file,
      line,
      field: 'last_verified',
      message: `was ${age} days ago (stale after ${context.site.stale_after_days}); confirm the details by phone or visit, then update the date`,
      severity: 'warning',
    });
  }
  if (data.event_dates && data.event_dates.every((date) => daysBetween(date, context.today) > 0)) {
    problems.push({
      file,
      line: source.lineOf(['event_dates']),
      field: 'event_dates',
      message: 'every date has passed; add the next dates, or set status: closed if the event is over',
      severity: 'warning',
    });
  }
  return problems;
}

function checkBounds(file: string, source: ParsedSource, geo: Geo, site: ListingSite): Problem[] {
  const { lat, lng } = geo;
  if (inBounds(lat, lng, site.region.bounds)) return [];
  const swapped = inBounds(lng, lat, site.region.bounds);
  return [
    {
      file,
      line: source.lineOf(['geo']),
      field: 'geo',
      message: swapped
        ? `lat ${lat} and lng ${lng} look swapped; write lat: ${lng} and lng: ${lat}`
        : `(${lat}, ${lng}) is outside ${site.region.name} (site.yaml region.bounds); check the numbers, or widen the bounds if the community grew`,
      severity: 'error',
    },
  ];
}
