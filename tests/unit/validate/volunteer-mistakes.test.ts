/**
 * Mistakes volunteers made when they tried the validator (issue 21, point 7), one fixture each in
 * tests/fixtures/volunteer-mistakes/, with the exact lines `npm run validate` prints for it. Each
 * line names the file, the line, the field and the fix, in words a volunteer uses: no "body",
 * "slug", `schedule[0]` or YAML reader jargon, and a hint that is itself a valid line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkListing, checkSite, formatProblem, sortProblems, validateProject } from '#lib/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const folder = 'volunteer-mistakes';
const siteText = `${readFileSync(join(fixtures, 'project/data/site.yaml'), 'utf8')}languages: [en, es]\n`;
const site = checkSite('data/site.yaml', siteText).site!;

function lines(file: string): string[] {
  const path = `${folder}/${file}`;
  const text = readFileSync(join(fixtures, path), 'utf8');
  return checkListing(path, text, { site, today: '2026-11-24' }).problems.map(formatProblem);
}

/** Every fixture and exactly what it prints, one problem per mistake. */
const EXPECTED: Record<string, string[]> = {
  // Hints that misled: each now names the real fix, and its example is itself valid.
  'unindented-address.md': [
    'volunteer-mistakes/unindented-address.md:5: address: has nothing under it: street, city and postal_code below it start at the beginning of the line, so they are read as fields of their own; to put them under address, put two spaces before each of them',
  ],
  'address-line-not-indented.md': [
    'volunteer-mistakes/address-line-not-indented.md:7: city: belongs under address: with the lines above it, but starts at the beginning of the line; indent city like the other lines of address',
  ],
  'address-fields-without-address.md': [
    'volunteer-mistakes/address-fields-without-address.md:5: street: belongs under address:; add a line "address:" above street and city, then put two spaces before each of them',
  ],
  'unindented-schedule.md': [
    'volunteer-mistakes/unindented-schedule.md:7: schedule: has nothing under it: day and start below it start at the beginning of the line, so they are read as fields of their own; to put them under schedule, write them as an item of schedule: put "  - " before day and four spaces before each line after it',
  ],
  'support-practical.md': [
    'volunteer-mistakes/support-practical.md:4: support: must be a list in square brackets, even with one value, and the files write "practical" as instrumental; write it support: [instrumental]',
  ],
  'days-range.md': [
    'volunteer-mistakes/days-range.md:7: hours.days (1st set of hours, 1st day): "monday-friday" is a range, and ranges are not allowed here; list each day: days: [monday, tuesday, wednesday, thursday, friday]',
  ],
  'curly-quoted-phone.md': [
    'volunteer-mistakes/curly-quoted-phone.md:6: phone: is in curly quotes (“ ”), which YAML keeps as part of the value; type straight quotes (") instead, like phone: "517-555-0199"',
  ],
  'curly-quoted-postal-code.md': [
    'volunteer-mistakes/curly-quoted-postal-code.md:8: address.postal_code: is in curly quotes (“ ”), which YAML keeps as part of the value; type straight quotes (") instead, like postal_code: "48912"',
  ],
  'curly-quoted-time.md': [
    'volunteer-mistakes/curly-quoted-time.md:9: schedule.start (1st meeting time): is in curly quotes (“ ”), which YAML keeps as part of the value; type straight quotes (") instead, like start: "19:00"',
  ],
  'curly-quoted-website.md': [
    'volunteer-mistakes/curly-quoted-website.md:6: website: is in curly quotes (‘ ’), which YAML keeps as part of the value; type straight quotes (") instead, like website: "https://example.org/pantry"',
  ],
  // Near misses: the word a volunteer wrote, mapped to the id the files use (src/taxonomy-words.ts).
  'near-miss-dentist.md': [
    'volunteer-mistakes/near-miss-dentist.md:3: category: "dentist" is not allowed here; did you mean "dental"? use one of: recovery-housing, mutual-aid-meeting, recovery-community-center, peer-support, treatment, harm-reduction, employment, dental, health, mental-health, food, clothing, childcare-family, transportation, legal-reentry, education, sober-social, faith-community, cultural',
  ],
  'near-miss-housing.md': [
    'volunteer-mistakes/near-miss-housing.md:3: category: "housing" is not allowed here; did you mean "recovery-housing"? use one of: recovery-housing, mutual-aid-meeting, recovery-community-center, peer-support, treatment, harm-reduction, employment, dental, health, mental-health, food, clothing, childcare-family, transportation, legal-reentry, education, sober-social, faith-community, cultural',
  ],
  'near-miss-aa.md': [
    'volunteer-mistakes/near-miss-aa.md:5: pathways (1st value): "AA" is not allowed here; did you mean "twelve-step"? use one of: twelve-step, faith-based, spiritual, secular, medication-assisted, cultural, harm-reduction, all-pathways',
    'volunteer-mistakes/near-miss-aa.md:5: pathways (2nd value): "12-step" is not allowed here; did you mean "twelve-step"? use one of: twelve-step, faith-based, spiritual, secular, medication-assisted, cultural, harm-reduction, all-pathways',
  ],
  'near-miss-support-words.md': [
    'volunteer-mistakes/near-miss-support-words.md:4: support (1st value): "practical" is not allowed here; did you mean "instrumental"? use one of: emotional, informational, instrumental, affiliational',
    'volunteer-mistakes/near-miss-support-words.md:4: support (2nd value): "community" is not allowed here; did you mean "affiliational"? use one of: emotional, informational, instrumental, affiliational',
  ],
  // Jargon: list positions in words from 1, and the YAML reader's errors in plain words.
  'schedule-second-entry.md': [
    'volunteer-mistakes/schedule-second-entry.md:11: schedule.start (2nd meeting time): "7pm" is not written as a 24-hour time; write it "19:00", in quotes',
  ],
  'quoted-then-more-text.md': [
    'volunteer-mistakes/quoted-then-more-text.md:2: yaml: the value ends at its second " and more text follows; put the whole value in single quotes when it holds double quotes (like summary: \'Say "hi" at the door\'), or remove the quotes',
  ],
  'list-item-not-lined-up.md': [
    'volunteer-mistakes/list-item-not-lined-up.md:9: yaml: this line of a list item does not line up with the line above it; start it exactly under the first letter after "- " on the line above',
  ],
  'word-without-colon.md': [
    'volunteer-mistakes/word-without-colon.md:6: yaml: this line has no ": " (a colon and a space) after its field name, so YAML runs it into the next line; write it as field: value, like website: https://example.org',
  ],
  // Mistakes that passed silently or put wrong text on a page.
  'curly-quoted-name.md': [
    'volunteer-mistakes/curly-quoted-name.md:2: name: is in curly quotes (“ ”), which YAML keeps as part of the value; type straight quotes (") instead, like name: "Northside Community Food Pantry"',
  ],
  'todo-left-in-description.md': [
    'volunteer-mistakes/todo-left-in-description.md:8: description: still has a placeholder line starting "TODO:", which would be published as it is; replace the line with two or three plain sentences about the place, or delete it',
  ],
  'phone-with-words.md': [
    'volunteer-mistakes/phone-with-words.md:6: phone: is not a complete phone number; write it with the area code, like "517-555-0142" (with an extension: "517-555-0142 ext. 2"; outside North America: "+44 20 7946 0958")',
  ],
  'http-website.md': [
    'volunteer-mistakes/http-website.md:6: website: warning: "http://example.org/pantry" starts with http://, which is not encrypted: open https://example.org/pantry and, if it works, write that; keep http:// only if the site has no https:// address',
    'volunteer-mistakes/http-website.md:9: description: warning: "http://example.org/menu" starts with http://, which is not encrypted: open https://example.org/menu and, if it works, write that; keep http:// only if the site has no https:// address',
  ],
  'personal-email.md': [
    'volunteer-mistakes/personal-email.md:6: email: warning: jo.volunteer1975@gmail.com is at gmail.com, a personal mail service; use an address the organisation shares (like one at its own website), never a volunteer\'s or member\'s own (CONTRIBUTING.md, "What a reviewer checks": no personal data)',
  ],
  'person-name-in-description.md': [
    'volunteer-mistakes/person-name-in-description.md:9: description: warning: "Maria Gonzalez" looks like a person\'s first and last name; name the role instead (like "the house manager") or use a first name only, unless it is the organisation\'s public name (CONTRIBUTING.md, "What a reviewer checks": no personal data)',
  ],
  'maria-gonzalez-counseling.md': [
    'volunteer-mistakes/maria-gonzalez-counseling.md:1: file name: warning: "maria-gonzalez" in the file name looks like a person\'s first and last name, and the file name is the page address; rename the file after the place or program instead (CONTRIBUTING.md, "What a reviewer checks": no personal data)',
  ],
  'stigmatising-words.md': [
    'volunteer-mistakes/stigmatising-words.md:6: summary: warning: "addicts" labels people by their substance use; write person-first words instead, like "people in recovery", "people who use drugs" or "people with a substance use disorder" (CONTRIBUTING.md, "What a reviewer checks")',
    'volunteer-mistakes/stigmatising-words.md:6: summary: warning: "stay clean" labels people by their substance use; write person-first words instead, like "in recovery", "not using" or "a negative test" (CONTRIBUTING.md, "What a reviewer checks")',
    'volunteer-mistakes/stigmatising-words.md:10: translations.es.summary: warning: "adictos" labels people by their substance use; write person-first words instead, like "personas en recuperación", "personas que consumen drogas" o "personas con un trastorno por consumo de sustancias" (CONTRIBUTING.md, "What a reviewer checks")',
    'volunteer-mistakes/stigmatising-words.md:10: translations.es.summary: warning: "mantenerse limpios" labels people by their substance use; write person-first words instead, like "en recuperación", "sin consumir" o "una prueba negativa" (CONTRIBUTING.md, "What a reviewer checks")',
    'volunteer-mistakes/stigmatising-words.md:12: description: warning: "dirty drug test" labels people by their substance use; write person-first words instead, like "a positive test" or "using" (CONTRIBUTING.md, "What a reviewer checks")',
  ],
};

describe('mistakes volunteers made: each fixture prints exactly its lines', () => {
  it.each(Object.keys(EXPECTED))('%s', (file) => {
    expect(lines(file)).toEqual(EXPECTED[file]);
  });

  it('has an expected message for every fixture in the folder', () => {
    expect(readdirSync(join(fixtures, folder)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('never prints reader jargon or zero-based positions', () => {
    const all = Object.keys(EXPECTED).flatMap(lines).join('\n');
    expect(all).not.toMatch(/\bbody\b|\bslug\b|\[\d+\]|implicit key|scalar|node end|token/i);
  });
});

describe('mistakes across files: tests/fixtures/volunteer-project', () => {
  it('refuses files the build would never read, and warns about the same place listed twice', () => {
    const report = validateProject(join(fixtures, 'volunteer-project'), { today: '2026-11-24' });
    expect(sortProblems(report.problems).map(formatProblem)).toEqual([
      'data/listings/food/holt-harvest-pantry-2.md:2: name: warning: has the same name and address as data/listings/food/holt-harvest-pantry.md, so it is probably the same place listed twice; keep one of the two files and delete the other (or give them different names if they are different things)',
      'data/listings/food/mason-pantry.md.txt: file: ends in .txt after .md, so it is never read as a listing; rename it to mason-pantry.md',
      'data/listings/food/okemos-pantry: file: has no extension, so it is never read as a listing; rename it to okemos-pantry.md (or .yaml)',
    ]);
  });
});
