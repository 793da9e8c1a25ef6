/**
 * Where a Meeting Guide record comes from (the read step of the importer, import.ts): the feed's
 * name and the record's own slug and id, written into the listing as `source` so a later import
 * of the same feed finds the file again (sync.ts).
 *
 * A feed has no name of its own, and the file it is saved in is named differently each time it is
 * downloaded. So the feed is named after the host of its meetings' pages (`url`, which the spec
 * lists and TSML sites always fill in), the same on every download; `--feed` names it otherwise.
 */
import { importSourceSchema, type ImportSource } from '#schemas/listing.ts';
import { Skip, type Change } from '../import-report.ts';
import { describeValue, type FeedRecord } from './read-fields.ts';

const SLUG_MAX = importSourceSchema.shape.slug.maxLength ?? Infinity;
const ID_MAX = importSourceSchema.shape.id.unwrap().maxLength ?? Infinity;

/**
 * The host every record's `url` shares ("oc-aa.org"; a leading "www." dropped), or undefined when
 * no record has a web address or they name more than one site.
 */
export function feedNameOf(records: readonly unknown[]): string | undefined {
  const hosts = new Set<string>();
  for (const record of records) {
    const url = typeof record === 'object' && record !== null ? (record as FeedRecord).url : undefined;
    if (typeof url !== 'string') continue;
    try {
      hosts.add(new URL(url.trim()).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // A record whose url is not a web address says nothing about the feed.
    }
  }
  const [host] = hosts;
  return hosts.size === 1 && host !== '' ? host : undefined;
}

/** A slug or id as text: trimmed strings, and whole numbers (feeds write ids as numbers). */
function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/**
 * The record's source. Its slug is how Meeting Guide apps tell meetings apart (TSML UI drops a
 * record without one) and how the next import finds the file; a record with neither a slug nor
 * an id is skipped for that reason. An id that cannot be used is left out, with a line saying so:
 * the record is then matched by its slug.
 */
export function readSource(record: FeedRecord, feed: string, changes: Change[]): ImportSource {
  const slug = asText(record.slug);
  let id = asText(record.id);
  if (record.id !== undefined && record.id !== null && record.id !== '' && (id === undefined || id.length > ID_MAX)) {
    changes.push({
      kind: 'id not readable',
      message: `id ${describeValue(record.id)} is not a usable id; a later import will find this meeting by its slug`,
    });
    id = undefined;
  }
  if (slug === undefined && id === undefined) {
    throw new Skip(
      'no slug',
      'has no slug; Meeting Guide apps need one to tell meetings apart (TSML UI leaves such records out), and a later import needs it to find this meeting; ask the feed’s keeper to give it one',
    );
  }
  if (slug !== undefined && slug.length > SLUG_MAX) {
    throw new Skip(
      'slug too long',
      `has a slug of ${slug.length} characters, more than the ${SLUG_MAX} a source may record; ask the feed’s keeper to shorten it`,
    );
  }
  // A record with an id but no slug is recorded under its id, which then serves as both.
  return { feed, slug: slug ?? id!, ...(id !== undefined && { id }) };
}
