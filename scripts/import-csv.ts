/**
 * npm run import:csv -- <file.csv|file.ndjson> --map <mapping.yaml> --out <dir> [--root <dir>] [--today YYYY-MM-DD]
 *
 * Turns a spreadsheet saved as CSV, or a JSON lines file (.ndjson/.jsonl, one object a line),
 * into listing files, one `.md` per row in --out, as the mapping file says (docs/csv-mapping.md).
 * Prints one line per row it changed or skipped (`<file>:<row>: <name>: …`; rows counted as a
 * spreadsheet shows them, header = row 1; lines for JSON lines), then a summary. Exits 0 when it
 * wrote something, 1 when nothing was written or the input or mapping could not be used.
 *
 * --root is the project whose data/site.yaml gives the region (default: the current folder).
 * The rules are in src/lib/open-data/csv/ (import.ts and the modules it names).
 */
import {
  checkToday,
  listingFilesIn,
  readArgs,
  readInputText,
  readSite,
  runCommand,
  slugOf,
  Unusable,
} from './lib/cli.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { importRows } from '#lib/open-data/csv/import.ts';
import { MappingError, missingColumns, parseMapping } from '#lib/open-data/csv/mapping.ts';
import { readCsv, readJsonLines, type ReadInput } from '#lib/open-data/csv/read.ts';
import { reportLines, summaryLines } from '#lib/open-data/csv/report.ts';
import { LISTINGS_DIR, todayIn } from '#lib/validate/index.ts';

const USAGE =
  'usage: npm run import:csv -- <file.csv|file.ndjson> --map <mapping.yaml> --out <dir> [--root <dir>] [--today YYYY-MM-DD]';

function readOptions() {
  const { values, positionals } = readArgs(
    {
      allowPositionals: true,
      options: {
        map: { type: 'string' },
        out: { type: 'string' },
        root: { type: 'string', default: '.' },
        today: { type: 'string' },
      },
    },
    USAGE,
  );
  if (positionals.length !== 1 || !values.out || !values.map) throw new Unusable(USAGE);
  checkToday(values.today);
  return { input: positionals[0]!, map: values.map, out: values.out, root: values.root, today: values.today };
}

function readInput(path: string): ReadInput {
  const text = readInputText(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.ndjson' || extension === '.jsonl') return readJsonLines(text);
  if (extension !== '.csv' && extension !== '.txt') {
    throw new Unusable(`${path}: is not a .csv, .ndjson or .jsonl file`);
  }
  try {
    return readCsv(text);
  } catch (error) {
    throw new Unusable(`${path}: is not readable CSV (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Slugs of the project's listings outside the output folder, plus any files already in it. */
function takenSlugs(root: string, out: string): string[] {
  return [...listingFilesIn(join(root, LISTINGS_DIR)), ...listingFilesIn(out)].map(slugOf);
}

function main(): number {
  const options = readOptions();
  const root = resolve(options.root);
  const site = readSite(root);
  let mapping;
  try {
    mapping = parseMapping(readInputText(options.map));
  } catch (error) {
    if (error instanceof MappingError) throw new Unusable(`${options.map}: ${error.message}`);
    throw error;
  }
  const input = readInput(options.input);
  if (input.header) {
    const absent = missingColumns(mapping, input.header);
    if (absent.length > 0) {
      throw new Unusable(
        `${options.map}: column${absent.length > 1 ? 's' : ''} ${absent.map((c) => `"${c}"`).join(', ')} not in ${options.input} (its columns: ${input.header.filter(Boolean).join(', ')})`,
      );
    }
  }
  const out = resolve(options.out);
  const outRelative = relative(root, out).split(sep).join('/');
  const today = options.today ?? todayIn(site.timezone);
  const result = importRows(input.rows, mapping, {
    site,
    today,
    outDir: outRelative,
    takenSlugs: takenSlugs(root, out),
  });
  const written = result.outcomes.flatMap((outcome) => (outcome.listing ? [outcome.listing] : []));
  if (written.length > 0) mkdirSync(out, { recursive: true });
  for (const listing of written) {
    const path = join(out, `${listing.slug}.md`);
    // takenSlugs covers the folder; this guards against a file appearing meanwhile.
    if (existsSync(path)) throw new Unusable(`${path}: already exists; not overwritten`);
    writeFileSync(path, listing.text, { flag: 'wx' });
  }
  for (const line of reportLines(options.input, result.outcomes)) console.log(line);
  console.log('');
  for (const line of summaryLines(options.input, result)) console.log(line);
  if (written.length > 0) {
    console.log(`Wrote ${written.length} listing files to ${relative(process.cwd(), out) || '.'}.`);
    if (!outRelative.startsWith(`${LISTINGS_DIR}/`) && outRelative !== LISTINGS_DIR) {
      console.log(`Note: ${outRelative} is outside ${LISTINGS_DIR}; the site reads listings only from there.`);
    }
  }
  return written.length > 0 ? 0 : 1;
}

runCommand('import-csv', main);
