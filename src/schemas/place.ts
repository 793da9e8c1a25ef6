/** Where an asset is: its postal address and its point on the map. */
import { z } from 'astro/zod';

/** Any country's postal code: letters, digits, spaces and hyphens. */
export const POSTAL_CODE_RE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/;

export const addressSchema = z
  .strictObject({
    street: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Street and number, e.g. "1200 Example Ave, Suite 4".'),
    city: z.string().trim().min(1).max(100).describe('City or town.'),
    region: z.string().trim().min(1).max(100).optional().describe('State or province, e.g. "MI".'),
    postal_code: z
      .string({
        error: (issue) =>
          typeof issue.input === 'number'
            ? 'write the postal code in quotes, like postal_code: "48912" (unquoted, YAML reads it as a number and drops leading zeros)'
            : 'must be text in quotes, like "48912"',
      })
      .trim()
      .regex(POSTAL_CODE_RE, { error: 'is not a postal code; write it like "48912"' })
      .meta({ patternErrorMessage: 'Write the postal code in quotes, like "48912".' })
      .optional()
      .describe('Postal or ZIP code, always in quotes so leading zeros survive.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, like "US"' })
      .meta({ patternErrorMessage: 'Write the two-letter country code in capitals, like "US".' })
      .optional()
      .describe('Two-letter country code; defaults to the country in site.yaml.'),
  })
  .describe('The postal address. Leave out `street` when the location is private.');

const latitude = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; write it like lat: 42.7325'
        : 'must be a number (decimal degrees), like 42.7325',
  })
  .min(-90, { error: 'must be between -90 and 90; latitude is the first, smaller-range number' })
  .max(90, { error: 'must be between -90 and 90; did you swap lat and lng?' });

const longitude = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; write it like lng: -84.5555'
        : 'must be a number (decimal degrees), like -84.5555',
  })
  .min(-180, { error: 'must be between -180 and 180' })
  .max(180, { error: 'must be between -180 and 180' });

export const geoSchema = z
  .strictObject({
    lat: latitude.describe('Latitude in decimal degrees (north is positive).'),
    lng: longitude.describe('Longitude in decimal degrees (west is negative).'),
  })
  .describe(
    'The point on the map. For a private location, a point a block or two away (listing files are public); the site shows only an area about 800 m across around it.',
  );

/** [south, west] or [north, east] corner, or a [lat, lng] point. */
export const latLngPairSchema = z.tuple([latitude, longitude]);

export type Address = z.output<typeof addressSchema>;
export type Geo = z.output<typeof geoSchema>;
