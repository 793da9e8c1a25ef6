/**
 * A new listing file's name and text, shared by everything that writes listings: the Meeting
 * Guide and CSV importers and `npm run new`. Pure, and free of any one importer's rules, so
 * `npm run new` does not load an importer to name its file.
 */
import { Document, isMap, isScalar, visit } from 'yaml';
import { schemaComment } from './schema-comment.ts';

/** Longest slug a writer makes: page addresses stay readable, and file names stay short. */
export const SLUG_MAX = 80;

/**
 * Lowercase letters, digits and single hyphens, at most `max` characters, cut at a hyphen.
 * Accents are dropped ("Café" → "cafe"); any other character becomes a hyphen.
 */
export function slugify(text: string, max: number = SLUG_MAX): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : max).replace(/-$/, '');
}

/**
 * A slug made from `text` that no listing uses yet ("-2", "-3" … when needed); "listing" when
 * the text has no letter or digit to make one from.
 */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base = slugify(text) || 'listing';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Free-text fields, always in quotes so no YAML reader can take them for a number or a date. */
const QUOTED_KEYS = new Set([
  'name',
  'summary',
  'street',
  'city',
  'postal_code',
  'phone',
  'sms',
  'start',
  'end',
  'conference_phone',
  'conference_notes',
  'note',
  'status_note',
  // An import's source: a feed's slug or id may be all digits, and must stay text.
  'feed',
  'slug',
  'id',
]);

/**
 * The listing file: YAML front matter in the house style (lists of ids on one line, times,
 * postal codes and phone numbers quoted) and the Markdown body. The YAML is written for version
 * 1.1 readers too, so codes like Y, N and NO are quoted and never read as booleans. Given the
 * file's path (relative to the project root), the front matter starts with the schema comment
 * editors use; a `.yaml` or `.yml` path gives a file of fields alone, the description among them.
 */
export function listingFileText(fields: Record<string, unknown>, body: string, file?: string): string {
  const comment = file === undefined ? '' : `${schemaComment(file)}\n`;
  if (file !== undefined && /\.ya?ml$/i.test(file)) {
    return `${comment}${fieldsText(body === '' ? fields : { ...fields, description: body })}`;
  }
  return `---\n${comment}${fieldsText(fields)}---\n${body === '' ? '' : `${body}\n`}`;
}

/** The fields as YAML lines, in the order given. */
function fieldsText(fields: Record<string, unknown>): string {
  const doc = new Document(fields, { version: '1.1' });
  visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && QUOTED_KEYS.has(key)) pair.value.type = 'QUOTE_DOUBLE';
      // A description is a block of text (description: |), however short, as the samples write
      // it. A translated one is trimmed when read, so it may end its block with a line break.
      if (isScalar(pair.value) && key === 'description' && typeof pair.value.value === 'string') {
        pair.value.type = 'BLOCK_LITERAL';
        if (path.length > 2 && !pair.value.value.endsWith('\n')) pair.value.value += '\n';
      }
      if (isMap(pair.value) && key === 'geo') pair.value.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return (
    doc
      .toString({ lineWidth: 0, flowCollectionPadding: false })
      // YAML 1.1 would read a bare date as a timestamp, so the writer quotes it; listing files
      // write it bare (the validator reads both the same way).
      .replace(/^last_verified: "(\d{4}-\d{2}-\d{2})"$/m, 'last_verified: $1')
      // Lists stay tight ([a, b]); the map point keeps the spaces the sample listings, `npm run
      // new` and CONTRIBUTING.md give it, so an edited file changes only the lines that changed.
      .replace(/^geo: \{(.*)\}$/m, 'geo: { $1 }')
  );
}
