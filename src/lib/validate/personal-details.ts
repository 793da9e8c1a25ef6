/**
 * Details that may identify a person, which the privacy rule keeps out of listings (CONTRIBUTING.md,
 * "What a reviewer checks": no one's last name, no private e-mail address): an `email` at a
 * personal mail provider, and a first name followed by a last name in a name, a text or the file
 * name. Both are warnings: a group may really use a Gmail address, and a place may be named after
 * someone; a reviewer decides.
 *
 * Finding a "Firstname Lastname" without a list of every surname is a guess, so the guess is kept
 * narrow, to stay quiet on organisation names (which are mostly capitalised words too):
 * - the first word must be a common given name (GIVEN_NAMES: names that are not also everyday
 *   words or places, so no Hope, Grace, Faith, Crystal, Mason or Jordan);
 * - the next word must look like a surname: capitalised, not in capitals (NA, CMA), not a given
 *   name itself (Mary Ann), and not a word places and organisations use (House, Street, Center,
 *   Recovery…: ORGANISATION_WORDS);
 * - not after Saint, San, Santa, Mount or Fort (St. John Lutheran, San José);
 * - not a town the listings name (Mason, Holt): those are places, not people.
 * A middle initial may sit between them ("John Q. Smith").
 */
import { basename, extname } from './file-path.ts';
import { textValues } from './characters.ts';
import { FILE_NAME_FIELD } from './field-names.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

/** Mail services people sign up for themselves; an organisation's own domain is none of these. */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'aim.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
  'tutanota.com',
  'hey.com',
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'verizon.net',
  'charter.net',
  'cox.net',
  'bellsouth.net',
  'earthlink.net',
  'juno.com',
  'frontier.com',
  'windstream.net',
  'centurylink.net',
]);

/** Country versions of the big services: yahoo.es, hotmail.co.uk, outlook.com.mx … */
const PERSONAL_MAIL_FAMILY = /^(?:yahoo|hotmail|outlook|live|gmx|yandex)\.(?:[a-z]{2,3})(?:\.[a-z]{2})?$/;

/** The personal mail domain of `email`, or undefined for any other address. */
export function personalMailDomain(email: string): string | undefined {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain) return undefined;
  return PERSONAL_MAIL_DOMAINS.has(domain) || PERSONAL_MAIL_FAMILY.test(domain) ? domain : undefined;
}

/**
 * Common given names (English and Spanish) that are not also everyday words, virtues, months,
 * places or surnames people use as first words of an organisation's name.
 */
const GIVEN_NAMES = new Set(
  `aaron abigail adam adrian adriana aidan alan albert alberto alejandra alejandro alex alexander
  alexandra alfredo alice alicia alison allison alma alvaro amanda amy ana andrea andres andrew
  angela angelica anita ann anna anne annie anthony antonio arturo ashley barbara beatriz benjamin
  betty beverly brandon brenda brian brittany carlos carla carmen carol carolina caroline catherine
  cecilia cesar charles cheryl christina christine christopher cindy claudia cristina cynthia
  daniel daniela danielle david debbie deborah debra denise dennis diana diane diego donald donna
  dorothy douglas eduardo edward eileen elena elizabeth emily emma enrique eric erica erik ernesto
  esteban eugene evelyn fernando francisco gabriel gabriela gary gerardo gonzalo
  gregory guadalupe guillermo gustavo hector heidi helen henry hugo ignacio isabel jacob james
  janet janice jason javier jeffrey jennifer jeremy jessica joan joanne joel john jonathan jorge
  jose josefina joseph joshua juan juana judith judy julia julie justin karen katherine kathleen
  kathy kelly kenneth kevin kimberly laura lauren leticia linda lisa lorena lorraine louis lucia
  luis manuel marcela marco marcos margaret maria mariana marilyn mario marisol martha marta
  martin mary matthew melissa michael michelle miguel miriam monica nancy natalia nicholas nicole
  norma oscar pablo pamela patricia patrick paul paula pedro peter rachel rafael ramon raul rebecca
  ricardo richard robert roberto rodrigo ronald ruth ryan samantha samuel sandra sara sarah sergio
  sharon shirley silvia sofia stephanie stephen steven susan teresa thomas timothy tyler valeria
  veronica victor vincent virginia walter wendy william yolanda`.split(/\s+/),
);

/** Words that make a pair a place or an organisation, not a person ("Maria Street", "Paul House"). */
const ORGANISATION_WORDS = new Set(
  `academy alliance apartments arms association avenue ave bank baptist bay bible blvd boulevard
  bridge building cafe café camp campus cathedral center centre chapel church circle city clinic
  club college commons community company co corner county court creek drive dr elementary farm
  fellowship field foundation fund garden gardens group hall health heights high hill hills home
  homes hospital house institute lake lane library lodge luther lutheran manor market memorial methodist
  middle ministries ministry mission mount mt park parish pavilion place plaza pointe point pond
  pantry program project recovery residence ridge river road rd room rooms school shelter square
  station st street temple terrace township trail university valley village way wellness woods
  calle centro casa iglesia parroquia escuela clínica clinica grupo hogar avenida colonia programa`.split(/\s+/),
);

/** Words that turn the name after them into a place: St. John, San José, Mount Hermon. */
const PLACE_PREFIXES = /(?:^|\s)(?:st|saint|ste|san|santa|santo|sainte|mount|mt|fort|ft|lake|port)\.?\s*$/i;

const lower = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Each "Firstname Lastname" in `text` (see the top of this file). `places` are town names in
 * lowercase, which never start a person's name here.
 */
export function personNames(text: string, places: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  // The rest of the name is looked at ahead, so "Maria Teresa Gonzalez" is tried from each word.
  const pattern = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’]+)(?=((?:\s+\p{Lu}\.)?\s+(\p{Lu}[\p{Ll}'’-]*\p{Ll}))(?![\p{L}]))/gu;
  for (const match of text.matchAll(pattern)) {
    const [, first, rest, last] = match as unknown as [string, string, string, string];
    const whole = first + rest;
    const given = lower(first);
    const family = lower(last);
    if (!GIVEN_NAMES.has(given) || places.has(given)) continue;
    if (GIVEN_NAMES.has(family) || ORGANISATION_WORDS.has(family) || places.has(family)) continue;
    if (PLACE_PREFIXES.test(text.slice(0, match.index))) continue;
    found.push(whole.replace(/\s+/g, ' '));
  }
  return found;
}

/**
 * The given name and the next word of a file name when they read as a person's name
 * ("maria-gonzalez-counseling"); the listing's own name words do not count, so a file named
 * after its listing is judged by the name check instead.
 */
function fileNamePerson(slug: string, nameWords: ReadonlySet<string>, places: ReadonlySet<string>): string | undefined {
  const words = slug.split('-');
  for (let i = 0; i + 1 < words.length; i++) {
    const [given, family] = [words[i]!, words[i + 1]!];
    if (!GIVEN_NAMES.has(given) || places.has(given) || nameWords.has(given)) continue;
    if (family.length < 3 || /\d/.test(family) || GIVEN_NAMES.has(family) || ORGANISATION_WORDS.has(family)) continue;
    if (places.has(family) || (i > 0 && /^(?:st|saint|san|santa|mount|mt|fort)$/.test(words[i - 1]!))) continue;
    return `${given}-${family}`;
  }
  return undefined;
}

const PRIVACY = 'CONTRIBUTING.md, "What a reviewer checks": no personal data';

/** The warnings for one listing; `places` are the towns the project's listings name (lowercase). */
export function checkPersonalDetails(
  file: string,
  source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
  places: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const data = source.data as { email?: unknown; name?: unknown; address?: { city?: unknown } };
  const towns = new Set(places);
  if (typeof data.address?.city === 'string') for (const word of data.address.city.split(/\s+/)) towns.add(lower(word));
  if (typeof data.email === 'string') {
    const domain = personalMailDomain(data.email);
    if (domain) {
      problems.push({
        file,
        line: source.lineOf(['email']),
        field: 'email',
        path: ['email'],
        message: `${data.email.trim()} is at ${domain}, a personal mail service; use an address the organisation shares (like one at its own website), never a volunteer's or member's own (${PRIVACY})`,
        severity: 'warning',
      });
    }
  }
  for (const value of textValues(source)) {
    if (value.field === 'email' || /^(?:https?:|mailto:)/i.test(value.text)) continue;
    const key = value.path.findLast((segment) => typeof segment === 'string');
    // Streets and towns are named after people; they are places.
    if (key === 'street' || key === 'city' || key === 'region') continue;
    for (const name of personNames(value.text, towns)) {
      const index = value.text.indexOf(name);
      problems.push({
        file,
        line: value.line() + (index === -1 ? 0 : value.text.slice(0, index).split('\n').length - 1),
        field: value.field,
        path: value.path,
        message: `"${name}" looks like a person's first and last name; name the role instead (like "the house manager") or use a first name only, unless it is the organisation's public name (${PRIVACY})`,
        severity: 'warning',
      });
    }
  }
  const slug = basename(file, extname(file));
  const nameWords = new Set(typeof data.name === 'string' ? data.name.split(/[^\p{L}\d]+/u).map(lower) : []);
  const person = fileNamePerson(slug, nameWords, towns);
  if (person) {
    problems.push({
      file,
      line: 1,
      field: FILE_NAME_FIELD,
      message: `"${person}" in the file name looks like a person's first and last name, and the file name is the page address; rename the file after the place or program instead (${PRIVACY})`,
      severity: 'warning',
    });
  }
  return problems;
}
