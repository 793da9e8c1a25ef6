/**
 * npm run new [-- --root <dir>]
 *
 * Asks a few questions and writes a new listing, data/listings/<category>/<slug>.md, that passes
 * the validator: every answer is checked as it is given (and asked again, with the reason, when
 * it cannot be used). Then it checks the new file with the project's validator, prints the
 * result and what to do next. It never overwrites a file.
 *
 * Answers can be piped, one per line (`printf 'Name\n3\n…' | npm run new`): that is how the
 * tests drive it. When the answers run out before the questions, nothing is written (exit 1).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { listingFilesIn, slugOf } from './lib/cli.ts';
import { todayIn } from '#lib/time/freshness.ts';
import { slugify, uniqueSlug } from '#lib/authoring/listing-file.ts';
import { newListingText, questions, type Answers, type Question } from '#lib/authoring/new-listing.ts';
import {
  checkListingFiles,
  checkSite,
  formatProblem,
  LISTINGS_DIR,
  SITE_FILE,
  summarize,
} from '#lib/validate/index.ts';

/** The answers ran out (end of piped input, Ctrl+D or Ctrl+C) before the questions did. */
class Stopped extends Error {}

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = values.root;

/** data/site.yaml, which the answers are checked against (region bounds, time zone). */
function readSite() {
  let text: string;
  try {
    text = readFileSync(join(root, SITE_FILE), 'utf8');
  } catch {
    throw new Stopped(`${SITE_FILE} cannot be read; run npm run new in the project folder`);
  }
  const { site, problems } = checkSite(SITE_FILE, text);
  if (!site) {
    for (const problem of problems) console.error(formatProblem(problem));
    throw new Stopped(`fix ${SITE_FILE} first (npm run validate shows how)`);
  }
  return site;
}

/**
 * Every slug in use and its file, so the new file's name is unique across all folders (as the
 * validator requires) and a name already listed is asked about rather than silently given "-2".
 */
function existingListings(): Map<string, string> {
  const files = listingFilesIn(join(root, LISTINGS_DIR));
  return new Map(files.map((file) => [slugOf(file), `${LISTINGS_DIR}/${file}`]));
}

const interactive = process.stdin.isTTY === true;
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
// Ctrl+C ends the questions like the end of input does, so the "nothing written" message shows.
rl.on('SIGINT', () => rl.close());
// The iterator queues lines as they arrive: piped answers that come in before their question is
// asked are kept, not lost (which `rl.question` would do), and the end of input ends it.
const lines = rl[Symbol.asyncIterator]();

/** Prints the prompt and waits for one line. */
async function answer(prompt: string): Promise<string> {
  if (interactive) {
    rl.setPrompt(prompt);
    rl.prompt();
  } else {
    process.stdout.write(prompt);
  }
  const next = await lines.next();
  if (next.done) throw new Stopped('stopped before the last question; nothing was written');
  // Piped answers are not echoed by the terminal; print them so the transcript reads as a dialogue.
  if (!interactive) process.stdout.write(`${next.value}\n`);
  return next.value;
}

/** Asks one question until the answer can be used. */
async function ask(question: Question, answers: Partial<Answers>): Promise<unknown> {
  if (question.choices) {
    console.log('');
    question.choices.forEach((term, i) => console.log(`  ${String(i + 1).padStart(2)}. ${term.label} (${term.id})`));
  }
  const prompt = typeof question.prompt === 'function' ? question.prompt(answers) : question.prompt;
  for (;;) {
    const parsed = question.parse(await answer(prompt), answers);
    if (parsed.ok) return parsed.value;
    console.log(`  Sorry: ${parsed.error}.`);
  }
}

async function main(): Promise<number> {
  const site = readSite();
  const today = todayIn(site.timezone);
  console.log(`A new listing for ${site.name}. Press Enter to skip a question that says so.\n`);
  const answers: Partial<Answers> = {};
  const existing = existingListings();
  for (const question of questions(site, today, existing)) {
    if (question.when && !question.when(answers)) continue;
    const value = await ask(question, answers);
    if (value !== undefined) Object.assign(answers, { [question.key]: value });
    if (answers.different_place === false) {
      const same = existing.get(slugify(answers.name!));
      throw new Stopped(`Nothing was written. Update ${same} instead.`);
    }
  }
  rl.close();

  const slug = uniqueSlug(answers.name!, new Set(existing.keys()));
  const file = `${LISTINGS_DIR}/${answers.category}/${slug}.md`;
  if (slug !== slugify(answers.name!)) {
    console.log(
      `\n${existing.get(slugify(answers.name!))} already has this name, so the new file is named ${slug}.md; each file name must be unique.`,
    );
  }
  // uniqueSlug checked every listing; this guards against anything else with that name.
  if (existsSync(join(root, file))) throw new Stopped(`${file} already exists; nothing was written`);
  mkdirSync(join(root, LISTINGS_DIR, answers.category!), { recursive: true });
  writeFileSync(join(root, file), newListingText(answers as Answers, file), { flag: 'wx' });

  console.log(`\nWrote ${file}\n\nChecking it with the validator:`);
  const { listings, problems } = checkListingFiles(root, [file], { site, today });
  const all = [...problems, ...listings.flatMap((listing) => listing.problems)];
  for (const problem of all) console.log(formatProblem(problem));
  const failed = all.some((problem) => problem.severity === 'error');
  console.log(`${failed ? '✗' : '✓'} ${summarize(all, 1)}`);

  const describe = answers.description
    ? 'Read the description below the second --- line again, as a peer would.'
    : 'Write two or three plain sentences below the second --- line: who it is for, what to expect, how to start.';
  console.log(`
Edit this listing next:
  1. Open ${file}. ${describe}
  2. Add what you know and confirmed: pathways, hours (for places that are open at set times),
     cost, languages, accessibility. CONTRIBUTING.md explains every field.
  3. Run npm run validate, then open a pull request. A reviewer checks the facts and publishes it.`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  rl.close();
  console.error(
    `\n${error instanceof Stopped ? error.message : `new-listing: ${(error as Error)?.message ?? String(error)}`}`,
  );
  process.exitCode = 1;
}
