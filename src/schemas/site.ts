/** The community's configuration: data/site.yaml. */
import { z } from 'astro/zod';
import {
  languageSchema,
  timeZoneSchema,
  translatedText,
  translationLanguageProblem,
  translationsSchema,
} from './common.ts';
import { UI_LANGUAGE_CODES, isUiLanguage } from '#i18n/languages.ts';
import { emailSchema, secureUrlSchema, webUrlSchema } from './contact.ts';
import { latLngPairSchema } from './place.ts';

/** A tag, or an HTML entity such as `&copy;` or `&#169;`: markup where only text is shown. */
const MARKUP = /[<>]|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

export const siteSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(80).describe('The site’s name, e.g. "Capital Area Recovery Map".'),
    tagline: z.string().trim().max(160).optional().describe('One line under the name on the start page.'),
    organization: z
      .string()
      .trim()
      .max(120)
      .optional()
      .describe('The recovery community organization that keeps the map.'),
    url: webUrlSchema.optional().describe('Where the site is deployed, for sitemaps and share links.'),
    region: z
      .strictObject({
        name: z.string().trim().min(2).describe('The area the map covers, e.g. "Greater Lansing, Michigan".'),
        center: latLngPairSchema.describe('[lat, lng] the map opens on.'),
        zoom: z.int().min(1).max(18).describe('Zoom level the map opens at (about 11 for a city).'),
        bounds: z
          .tuple([latLngPairSchema, latLngPairSchema])
          .refine(([sw, ne]) => sw[0] < ne[0] && sw[1] < ne[1], {
            error: 'must be [[south, west], [north, east]]: the first corner is the south-west one',
          })
          .describe('[[south, west], [north, east]]: every listing’s point must fall inside.'),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, like "US"' })
          .meta({ patternErrorMessage: 'Write the two-letter country code in capitals, like "US".' })
          .default('US')
          .describe('Default two-letter country code for addresses.'),
      })
      // Bounds written [lng, lat] pass the corner check but then put every listing "outside" (or
      // "swapped"); the center the map opens on must lie inside the bounds, which catches that.
      .refine(
        ({ center: [lat, lng], bounds: [[south, west], [north, east]] }) =>
          // Corners in the wrong order are reported on bounds alone.
          south >= north || west >= east || (lat >= south && lat <= north && lng >= west && lng <= east),
        {
          path: ['center'],
          error: 'is outside region.bounds; the map must open inside the area, and both are written [lat, lng]',
        },
      )
      .describe('The area the community covers.'),
    timezone: timeZoneSchema.describe('Default IANA time zone for hours and schedules.'),
    languages: z
      .array(
        languageSchema.refine((code) => isUiLanguage(code), {
          error: `has no dictionary yet; the site can be built in ${UI_LANGUAGE_CODES.join(', ')} (CONTRIBUTING.md, "Adding a language", says how to add one)`,
        }),
      )
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length, { error: 'lists a language twice; list each once' })
      .default(['en'])
      .describe(
        'The languages the site is built in. The first is the default, served at the root; each other one under its code, e.g. /es/find/.',
      ),
    stale_after_days: z
      .int()
      .min(30)
      .max(1095)
      .default(180)
      .describe('A listing not verified for this many days is marked stale.'),
    repository: z
      .strictObject({
        url: webUrlSchema.describe('The repository’s web address, e.g. "https://github.com/example/recovery-map".'),
        branch: z.string().trim().min(1).default('main').describe('The branch volunteers edit.'),
      })
      .describe('Where the listing files live, for "edit this listing" and "report a problem" links.'),
    contact_email: emailSchema.optional().describe('Where visitors can write to the organization.'),
    help_lines: z
      .array(
        z.strictObject({
          label: z.string().trim().min(2).max(80).describe('What the line is, e.g. "Suicide & Crisis Lifeline".'),
          phone: z.string().trim().min(3).max(20).describe('Number to call; short codes like "988" are allowed.'),
          sms: z.string().trim().min(3).max(20).optional().describe('Number to text, if any.'),
          translations: translationsSchema({
            label: translatedText('the name of the line')
              .trim()
              .min(2)
              .max(80)
              .optional()
              .describe('The line’s name in this language.'),
          })
            .optional()
            .describe('The line’s name in the site’s other languages, e.g. es: { label: "Línea 988 …" }.'),
        }),
      )
      .default([])
      .describe('Help lines shown on every page for someone in crisis.'),
    map: z
      .strictObject({
        tile_url: z
          .string()
          .regex(/^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/, {
            error: 'must be an https:// tile template with {z}, {x} and {y}',
          })
          .meta({
            patternErrorMessage:
              'Write the tile address starting with https://, with {z}, {x} and {y} where the numbers go.',
          })
          .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
          .describe('Map tile URL template; the only third-party host the site contacts.'),
        attribution: z
          .string()
          .trim()
          .min(2)
          .max(200)
          // Shown as text on every map (never as HTML): markup or an entity would appear as typed,
          // so it is refused here with the way to write it instead.
          .refine((text) => !MARKUP.test(text), {
            error:
              'is shown as plain text, so it cannot hold HTML; write only the words (type © itself, not &copy;) and put the link in map.attribution_url',
          })
          .default('© OpenStreetMap contributors')
          .describe('Credit line the tile provider requires, as plain text, e.g. "© OpenStreetMap contributors".'),
        attribution_url: z
          .url({
            protocol: /^https$/,
            hostname: z.regexes.domain,
            error: 'is not a secure web address; write the full address starting with https://',
          })
          .optional()
          .describe('Where the credit line links to: the tile provider’s copyright page, starting with https://.'),
      })
      // Without a map block the site uses OpenStreetMap's tiles, so it credits them with their link.
      .prefault({ attribution_url: 'https://www.openstreetmap.org/copyright' })
      .describe('Map tiles.'),
    short_name: z
      .string()
      .trim()
      .min(2)
      .max(24)
      .optional()
      .describe(
        'The name under the icon when the site is added to a home screen (about 12 letters show); the name when not given. Nothing in it needs to say what the site is about.',
      ),
    theme_color: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i, { error: 'is not a colour; write it as # and six hex digits, e.g. "#0b5a55"' })
      .default('#0b5a55')
      .describe('The colour of the installed app’s title bar and icon, as "#rrggbb".'),
    quick_exit: z
      .strictObject({
        enabled: z
          .boolean()
          .default(true)
          .describe('Shows the "Leave this site" button on every page. Turn it off only if your community asks.'),
        url: secureUrlSchema
          .default('https://www.weather.gov/')
          .describe(
            'The neutral page the button opens in place of this site, starting with https://: a weather or news page no one would question.',
          ),
      })
      .prefault({})
      .describe('The quick exit: a button that blanks the page, clears what the site keeps and opens a neutral page.'),
    demo: z.boolean().default(false).describe('True shows a "sample data" notice on every page.'),
    translations: translationsSchema({
      name: translatedText('the name').trim().min(2).max(80).optional().describe('The site’s name in this language.'),
      tagline: translatedText('the tagline')
        .trim()
        .min(2)
        .max(160)
        .optional()
        .describe('The tagline in this language.'),
      organization: translatedText('the organization’s name')
        .trim()
        .min(2)
        .max(120)
        .optional()
        .describe('The organization’s name in this language.'),
    })
      .optional()
      .describe(
        'The site’s own words in its other languages (languages, all but the first), by language code, e.g. es: { tagline: "…" }.',
      ),
  })
  // The languages a translation may be in are known only from `languages` itself. Checked even
  // when other fields have problems (so every problem shows in one round), hence the guards.
  .superRefine(
    (site, ctx) => {
      const check = (translations: unknown, path: (string | number)[]) => {
        if (translations === null || typeof translations !== 'object') return;
        for (const code of Object.keys(translations)) {
          const message = translationLanguageProblem(code, site.languages);
          // `at: 'key'`: the problem is the language code itself, so it points at that line.
          if (message) ctx.addIssue({ code: 'custom', path: [...path, code], message, params: { at: 'key' } });
        }
      };
      check(site.translations, ['translations']);
      if (!Array.isArray(site.help_lines)) return;
      site.help_lines.forEach((line: unknown, i) => {
        if (line !== null && typeof line === 'object' && 'translations' in line) {
          check(line.translations, ['help_lines', i, 'translations']);
        }
      });
    },
    {
      when: ({ value }) =>
        value !== null &&
        typeof value === 'object' &&
        Array.isArray((value as { languages?: unknown }).languages) &&
        (value as { languages: unknown[] }).languages.every((code) => typeof code === 'string'),
    },
  )
  .describe('The community’s site configuration.');

export type SiteConfig = z.output<typeof siteSchema>;
