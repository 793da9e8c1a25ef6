/**
 * The listing: one recovery asset, one file under data/listings/. This is the data contract in
 * DESIGN.md ("Data model"); the build (content collection) and `npm run validate` both use it.
 */
import { isMeetingType } from '@code4recovery/spec';
import { z } from 'astro/zod';
import {
  ACCESSIBILITY_IDS,
  ALL_PATHWAYS,
  ATTENDANCE_IDS,
  CATEGORY_IDS,
  COST_IDS,
  FEATURE_IDS,
  FELLOWSHIP_IDS,
  HOUSING_GENDER_IDS,
  MOUD_POLICY_IDS,
  PATHWAY_IDS,
  POPULATION_IDS,
  STATUS_IDS,
  SUPPORT_IDS,
  VERIFIED_HOW_IDS,
} from '#taxonomy';
import { isoDateSchema, languageSchema, timeZoneSchema, translatedText, translationsSchema } from './common.ts';
import { emailSchema, phoneSchema, secureUrlSchema, webUrlSchema } from './contact.ts';
import { addressSchema, geoSchema } from './place.ts';
import { hoursSchema, recurrenceIssues, scheduleSchema } from './schedule.ts';

/** File names become URLs: lowercase letters, digits and single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A list of distinct values from a vocabulary. */
function listOf<T extends z.ZodType>(item: T) {
  return (
    z
      .array(item)
      .refine((values) => new Set(values).size === values.length, {
        error: 'lists the same value twice; remove the repeat',
      })
      // The refinement has no JSON Schema form; this tells editors the same rule (public/schema/).
      .meta({ uniqueItems: true })
  );
}

export const housingSchema = z
  .strictObject({
    narr_level: z
      .int({ error: 'must be a whole number from 1 to 4 (the NARR level)' })
      .min(1, { error: 'must be 1, 2, 3 or 4 (NARR levels I to IV)' })
      .max(4, { error: 'must be 1, 2, 3 or 4 (NARR levels I to IV)' })
      .optional()
      .describe('NARR level of support: 1 peer-run, 2 monitored, 3 supervised, 4 service provider.'),
    gender: z.enum(HOUSING_GENDER_IDS).optional().describe('Who the residence is for: men, women or any.'),
    moud: z
      .enum(MOUD_POLICY_IDS)
      .describe('Medication policy, always explicit: welcome, case-by-case or not-accepted.'),
    beds: z.int().min(1).max(500).optional().describe('Number of beds.'),
  })
  .describe('Recovery housing details.');

/**
 * Where an importer found a listing, so importing the same feed again can find the file it wrote:
 * update it, or report (and with --sync remove) it when the meeting has left the feed. A file
 * without it was added by hand, and importers never touch it.
 */
export const importSourceSchema = z
  .strictObject({
    feed: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe(
        'The feed it came from: the host of the feed’s meeting pages (e.g. oc-aa.org), or the name given to the importer with --feed.',
      ),
    slug: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .describe('The meeting’s slug in that feed (which may differ from this file’s name).'),
    id: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe(
        'The meeting’s id in that feed, when it gives one (feeds from WordPress sites do): it stays the same when the slug is renamed.',
      ),
  })
  .describe(
    'Written by npm run import:meeting-guide: where this listing came from. Importing the same feed again updates the file, so change the meeting in the feed; to keep your own changes, remove this field and the importer will leave the file alone.',
  );

export const employerSchema = z
  .strictObject({
    fair_chance: z.boolean().describe('True when the employer hires people with a criminal record.'),
    industries: z.array(z.string().trim().min(2).max(60)).optional().describe('Kinds of work, e.g. "food service".'),
  })
  .describe('Employer details.');

/** The listing's fields without the cross-field rules (for picking single fields). */
export const listingFields = z.strictObject({
  name: z
    .string({ error: 'is missing; every listing needs a name' })
    .trim()
    .min(2, { error: 'is too short; use the name people know it by (2 to 120 characters)' })
    .max(120, { error: 'is longer than 120 characters; put the details in the description' })
    .describe('The name people know the asset by.'),
  category: z.enum(CATEGORY_IDS).describe('What kind of asset this is; one category.'),
  support: listOf(z.enum(SUPPORT_IDS))
    .min(1, {
      error: 'is empty; list at least one support type: emotional, informational, instrumental, affiliational',
    })
    .describe('The kinds of social support it gives: emotional, informational, instrumental, affiliational.'),
  pathways: listOf(z.enum([...PATHWAY_IDS, ALL_PATHWAYS]))
    .optional()
    .describe('Recovery pathways it is tied to, or exactly [all-pathways] when it welcomes every pathway.'),
  summary: z
    .string()
    .trim()
    .min(1)
    .max(200, { error: 'is longer than 200 characters; keep it to one line and put the rest in the description' })
    .optional()
    .describe('One line shown on cards and in search results.'),
  description: z
    .string()
    .optional()
    .describe('Markdown description, for .yaml listings (in .md listings the body is the description).'),
  translations: translationsSchema({
    name: translatedText('the name')
      .trim()
      .min(2, {
        error: 'is too short; write the name as people who read this language know it (2 to 120 characters)',
      })
      .max(120, { error: 'is longer than 120 characters; put the details in the description' })
      .optional()
      .describe(
        'The name in this language, only when people know it by a translated name (most proper names stay as they are).',
      ),
    summary: translatedText('the line')
      .trim()
      .min(1, { error: 'is empty; write the translated line, or remove the field to show the original' })
      .max(200, { error: 'is longer than 200 characters; keep it to one line and put the rest in the description' })
      .optional()
      .describe('The one-line summary in this language: one line, at most 200 characters.'),
    description: translatedText('the description')
      .trim()
      .min(1, { error: 'is empty; write the translated description, or remove the field to show the original' })
      .optional()
      .describe(
        'The description in this language, in Markdown, with the same rules as the original: no HTML, no images, links only https://, http:// or tel:.',
      ),
  })
    .optional()
    .describe(
      'The listing’s own words in the site’s other languages (site.yaml languages, all but the first), by language code: es: { name, summary, description }. What is not translated is shown as written, marked with its language.',
    ),
  attendance: z.enum(ATTENDANCE_IDS).default('in-person').describe('How people take part.'),
  address: addressSchema.optional(),
  geo: geoSchema.optional(),
  location_private: z
    .boolean()
    .default(false)
    .describe('True withholds the exact address: the site shows an approximate area, never a pin.'),
  phone: phoneSchema.optional().describe('Main phone number.'),
  sms: phoneSchema.optional().describe('A number that takes text messages.'),
  email: emailSchema.optional(),
  website: webUrlSchema.optional(),
  conference_url: secureUrlSchema.optional().describe('How to join online: an https:// meeting link.'),
  conference_phone: phoneSchema.optional().describe('How to join by phone.'),
  conference_notes: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Meeting ID or passcode hints. Never put a passcode for a closed group here.'),
  hours: hoursSchema.optional(),
  schedule: scheduleSchema.optional(),
  by_appointment: z
    .boolean()
    .optional()
    .describe(
      'For a mutual aid meeting with no set day or time, held when people arrange it with the group (Meeting Guide’s "by appointment"): true, and no schedule. Its page and card say "By appointment".',
    ),
  event_dates: z
    .array(isoDateSchema)
    .min(1)
    .optional()
    .describe('For events that are not weekly: the dates they happen on (times come from `schedule`).'),
  timezone: timeZoneSchema.optional().describe('Time zone of the hours and schedule; defaults to site.yaml.'),
  fellowship: z.enum(FELLOWSHIP_IDS).optional().describe('For mutual aid meetings: the fellowship.'),
  meeting_types: listOf(
    z.string().refine(isMeetingType, {
      error:
        'is not a Meeting Guide type code; use codes such as O (open), C (closed), W (women), BE (newcomer), LGBTQ',
    }),
  )
    .optional()
    .describe('Meeting Guide type codes, e.g. [O, BE].'),
  populations: listOf(z.enum(POPULATION_IDS)).optional().describe('Groups it is for or especially welcoming to.'),
  languages: listOf(languageSchema).min(1).default(['en']).describe('Languages spoken, as BCP 47 codes.'),
  cost: z.enum(COST_IDS).optional().describe('What it costs.'),
  accessibility: listOf(z.enum(ACCESSIBILITY_IDS)).optional().describe('Accessibility features.'),
  features: listOf(z.enum(FEATURE_IDS)).optional().describe('Other practical features.'),
  housing: housingSchema.optional(),
  employer: employerSchema.optional(),
  status: z.enum(STATUS_IDS).default('active').describe('active, temporarily-closed, or closed (not published).'),
  status_note: z.string().trim().max(200).optional().describe('Why it is temporarily closed and when it may reopen.'),
  last_verified: isoDateSchema.describe('When a volunteer last confirmed the details, YYYY-MM-DD.'),
  verified_how: z.enum(VERIFIED_HOW_IDS).optional().describe('How it was confirmed.'),
  source: importSourceSchema.optional(),
});

/** Rules that tie fields together; each issue points at the field a volunteer should change. */
export const listingSchema = listingFields.superRefine((listing, ctx) => {
  const needsPlace = listing.attendance === 'in-person' || listing.attendance === 'hybrid';
  if (needsPlace && !listing.geo) {
    ctx.addIssue({
      code: 'custom',
      path: ['geo'],
      message: `is missing; ${listing.attendance} listings need a map point (geo: { lat: …, lng: … }), or set attendance: online`,
    });
  }
  if (listing.location_private && listing.address?.street) {
    ctx.addIssue({
      code: 'custom',
      path: ['address', 'street'],
      message:
        'must be left out when location_private is true: listing files are public, so keep only city and postal code',
    });
  }
  const pathways = listing.pathways ?? [];
  if (pathways.includes(ALL_PATHWAYS) && pathways.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['pathways'],
      message:
        'all-pathways already covers every pathway; write exactly [all-pathways] or list the pathways one by one',
    });
  }
  if (listing.category === 'recovery-housing' && !listing.housing) {
    ctx.addIssue({
      code: 'custom',
      path: ['housing'],
      message:
        'is missing; recovery housing must state its medication policy: housing: { moud: welcome | case-by-case | not-accepted }',
    });
  }
  if (pathways.includes(ALL_PATHWAYS) && listing.housing?.moud === 'not-accepted') {
    ctx.addIssue({
      code: 'custom',
      path: ['pathways'],
      message: 'cannot be [all-pathways] when housing.moud is not-accepted; list the pathways it does welcome',
    });
  }
  const online = listing.attendance === 'online' || listing.attendance === 'hybrid';
  if (listing.category === 'mutual-aid-meeting' && online && !listing.conference_url && !listing.conference_phone) {
    ctx.addIssue({
      code: 'custom',
      path: ['conference_url'],
      message: `is missing; ${listing.attendance} meetings need a way to join: conference_url (https://…) or conference_phone`,
    });
  }
  if (listing.attendance === 'phone' && !listing.phone && !listing.conference_phone) {
    ctx.addIssue({
      code: 'custom',
      path: ['phone'],
      message: 'is missing; attendance: phone needs a phone or conference_phone to call',
    });
  }
  if (listing.by_appointment && listing.category !== 'mutual-aid-meeting') {
    ctx.addIssue({
      code: 'custom',
      path: ['by_appointment'],
      message:
        'is for mutual aid meetings only; for other listings remove it and say in the description how to make an appointment',
    });
  } else if (listing.by_appointment && listing.schedule) {
    ctx.addIssue({
      code: 'custom',
      path: ['by_appointment'],
      message:
        'cannot go with a schedule: a meeting by appointment has no set times; remove schedule, or remove by_appointment if it meets at those times',
    });
  }
  listing.hours?.forEach((block, i) => {
    if (block.opens === block.closes) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours', i, 'closes'],
        message: 'is the same as opens; for 24 hours write opens: "00:00" and closes: "23:59"',
      });
    }
  });
  listing.schedule?.forEach((entry, i) => {
    if (entry.end !== undefined && entry.end === entry.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', i, 'end'],
        message: 'is the same as start; give the time it ends',
      });
    }
    for (const issue of recurrenceIssues(entry, listing.event_dates !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['schedule', i, issue.field], message: issue.message });
    }
  });
});

/** The listing as written in a file (before defaults). */
export type ListingInput = z.input<typeof listingSchema>;
/** The listing after validation and defaults. */
export type ListingData = z.output<typeof listingSchema>;
/** An imported listing's source: feed, slug and id. */
export type ImportSource = z.output<typeof importSourceSchema>;
/** Every field name a listing may have: unknown fields are typos. */
export const LISTING_FIELDS = Object.keys(listingFields.shape);
