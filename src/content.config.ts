/**
 * The listings collection: every file under data/listings, validated by the same schema as
 * `npm run validate`. The file name (without folder or extension) is the listing's id and URL slug.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename } from 'node:path';
import { listingSchema } from './schemas/listing.ts';

const listings = defineCollection({
  loader: glob({
    base: './data/listings',
    // The same files isListingFile() accepts: README and _draft files are skipped.
    pattern: ['**/*.{md,yaml,yml}', '!**/_*', '!**/README.md', '!**/readme.md'],
    generateId: ({ entry }) => basename(entry).replace(/\.(md|ya?ml)$/i, ''),
  }),
  schema: listingSchema,
});

export const collections = { listings };
