/**
 * The listings collection: every file under data/listings, checked by the same validator (and
 * schema) as `npm run validate`. The file name (without folder or extension) is the listing's id
 * and URL slug.
 */
import { defineCollection } from 'astro:content';
import { listingsLoader } from '#lib/content/loader.ts';
import { listingSchema } from '#schemas/listing.ts';

const listings = defineCollection({
  loader: listingsLoader(),
  // The loader stores data the validator has already parsed with this schema; it is named here
  // for the entries' types.
  schema: listingSchema,
});

export const collections = { listings };
