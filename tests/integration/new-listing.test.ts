/**
 * `npm run new` as a volunteer runs it: a child process with answers piped on stdin (one per
 * line) in a temporary minimal project. Every file it writes must pass the project's validator.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { todayIn } from '#lib/time/freshness.ts';
import { validateProject } from '#lib/validate/index.ts';
import { errorLines, fixtureSite, tempProjects } from '../helpers/temp-project.ts';

const cli = fileURLToPath(new URL('../../scripts/new-listing.ts', import.meta.url));
const site = fixtureSite;

/** A minimal project: the fixture site.yaml and an empty data/listings. */
const project = tempProjects('new-listing-');

/** Runs `npm run new` in `root` with `answers` piped in, one per line. */
function run(root: string, answers: string[]) {
  return spawnSync(process.execPath, [cli, '--root', root], {
    input: `${answers.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

/** Errors (not warnings) the validator finds in the whole project. */
const errors = (root: string) => errorLines(root);

/** Answers for an in-person food pantry: name, category 11, support 3, in person, … */
const PANTRY = [
  'Hope Street Pantry',
  '11', // food
  '3', // instrumental
  'Free groceries twice a week; no ID needed.', // summary
  '', // in person (the default)
  'n', // not a private home
  'Lansing',
  'mi', // the state, written MI
  '1400 Example Ave',
  '48906',
  '42.7601, -84.5547',
  'https://example.org/pantry',
  '517-555-0123 x2', // an extension, written the way the Call button dials it
  '', // description: written later
  '', // last verified: today
  '1', // by phone
];

describe('npm run new', () => {
  it('writes a listing that passes the validator, with the schema comment and quoted values', () => {
    const root = project();
    const result = run(root, PANTRY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = 'data/listings/food/hope-street-pantry.md';
    expect(result.stdout).toContain(`Wrote ${file}`);
    expect(result.stdout).toMatch(/✓ 0 errors, 0 warnings in 1 file/);
    expect(result.stdout).toContain('Write two or three plain sentences below the second --- line');
    expect(result.stdout).toContain('Edit this listing next:');
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../../public/schema/listing.json',
        'name: "Hope Street Pantry"',
        'category: food',
        'support: [instrumental]',
        'summary: "Free groceries twice a week; no ID needed."',
        'attendance: in-person',
        'address:',
        '  street: "1400 Example Ave"',
        '  city: "Lansing"',
        '  region: "MI"',
        '  postal_code: "48906"',
        'geo: { lat: 42.7601, lng: -84.5547 }',
        'phone: "(517) 555-0123 ext. 2"',
        'website: "https://example.org/pantry"',
        `last_verified: ${todayIn(site.timezone)}`,
        'verified_how: phone',
        '---',
        '',
      ].join('\n'),
    );
    expect(validateProject(root).problems).toEqual([]);
  });

  it('refuses an emoji in the name, and writes a description and fair-chance hiring for an employer', () => {
    const root = project();
    const result = run(root, [
      'Second Rise Bakery 🥐',
      'Second Rise Bakery',
      'employment',
      '3',
      '', // no summary
      '2', // online
      '', // no website
      '517-555-0123 press 2', // asked again: an extension is written "ext. 2"
      '517-555-0123 ext. 2',
      'y', // fair-chance hiring
      'A bakery that hires people coming home from prison. Apply in person on Mondays.',
      '2026-11-01',
      '1',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Sorry: the name has an emoji (🥐); write the name in words only, as people search for it.',
    );
    expect(result.stdout).toContain('Sorry: "517-555-0123 press 2" is not a complete phone number');
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, 'data/listings/employment/second-rise-bakery.md'), 'utf8');
    expect(text).toContain('name: "Second Rise Bakery"\n');
    expect(text).toContain('phone: "(517) 555-0123 ext. 2"\n');
    expect(text).toContain('employer:\n  fair_chance: true\n');
    expect(text).toMatch(/---\nA bakery that hires people coming home from prison\. Apply in person on Mondays\.\n$/);
  });

  it('asks again, with the reason, when an answer cannot be used', () => {
    const root = project();
    const at = (answer: string) => PANTRY.indexOf(answer);
    const answers = [
      ...PANTRY.slice(0, at('11')),
      '99', // a category that does not exist, before the real one
      ...PANTRY.slice(at('11'), at('42.7601, -84.5547')),
      '-84.5547, 42.7601', // the map point swapped, before the right one
      ...PANTRY.slice(at('42.7601, -84.5547')),
    ];
    const result = run(root, answers);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Sorry: "99" is not one of the choices; type a number from 1 to 19.');
    expect(result.stdout).toContain('Sorry: the numbers look swapped; write 42.7601, -84.5547.');
    expect(errors(root)).toEqual([]);
    expect(existsSync(join(root, 'data/listings/food/hope-street-pantry.md'))).toBe(true);
  });

  it('writes an online meeting with its day, times and fellowship', () => {
    const root = project();
    const result = run(root, [
      'Sunday Night Online Circle',
      'mutual-aid-meeting',
      '1 4', // emotional, affiliational
      '', // no summary
      '2', // online
      'https://example.org/join',
      '', // no website
      '', // no phone
      '2', // NA
      'n', // meets at set times
      'friday 1 sunday', // several days, in any order
      '7 pm',
      '8:15 pm',
      '', // no description yet
      '2026-11-01',
      '4', // website
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, 'data/listings/mutual-aid-meeting/sunday-night-online-circle.md'), 'utf8');
    expect(text).toContain(
      'attendance: online\nconference_url: "https://example.org/join"\nschedule:\n  - day: monday\n    start: "19:00"\n    end: "20:15"\n  - day: friday\n    start: "19:00"\n    end: "20:15"\n  - day: sunday\n    start: "19:00"\n    end: "20:15"\nfellowship: na\nlast_verified: 2026-11-01\nverified_how: website\n',
    );
  });

  it('writes a meeting by appointment without asking for days or times', () => {
    const root = project();
    const result = run(root, [
      'Open Door Step Study',
      'mutual-aid-meeting',
      '1', // emotional
      '', // no summary
      '2', // online
      'https://meet.google.com/abc-defg-hij',
      '', // no website
      '', // no phone
      '1', // AA
      'y', // by appointment: no day or time is asked
      '', // no description yet
      '2026-11-01',
      '4', // website
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, 'data/listings/mutual-aid-meeting/open-door-step-study.md'), 'utf8');
    expect(text).toContain(
      'conference_url: "https://meet.google.com/abc-defg-hij"\nby_appointment: true\nfellowship: aa\n',
    );
    expect(text).not.toContain('schedule:');
  });

  it('writes a private recovery home without a street, with its medication policy', () => {
    const root = project();
    const result = run(root, [
      'Maple Recovery Home',
      '1', // recovery housing
      '3 4',
      '', // no summary
      '',
      'y', // a private home: the street is not asked
      'Lansing',
      '', // no state
      '48912',
      '42.7300, -84.5500',
      '',
      '517-555-0110',
      '1', // welcome
      '', // no description yet
      '',
      '2',
    ]);
    expect(result.status).toBe(0);
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, 'data/listings/recovery-housing/maple-recovery-home.md'), 'utf8');
    expect(text).not.toContain('street:');
    expect(text).toContain('location_private: true');
    expect(text).toContain('housing:\n  moud: welcome\n');
  });

  it('asks about a name already listed: a different place gets the next free file name, and says so', () => {
    const root = project();
    mkdirSync(join(root, 'data/listings/clothing'), { recursive: true });
    const existing =
      '---\nname: Other\ncategory: clothing\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n';
    writeFileSync(join(root, 'data/listings/clothing/hope-street-pantry.md'), existing);
    const result = run(root, [PANTRY[0]!, 'y', ...PANTRY.slice(1)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'A listing with this name already exists: data/listings/clothing/hope-street-pantry.md. Is this a different place?',
    );
    expect(result.stdout).toContain(
      'data/listings/clothing/hope-street-pantry.md already has this name, so the new file is named hope-street-pantry-2.md',
    );
    expect(result.stdout).toContain('Wrote data/listings/food/hope-street-pantry-2.md');
    expect(readFileSync(join(root, 'data/listings/clothing/hope-street-pantry.md'), 'utf8')).toBe(existing);
    expect(errors(root)).toEqual([]);
  });

  it('writes nothing when the name already listed is the same place', () => {
    const root = project();
    mkdirSync(join(root, 'data/listings/food'), { recursive: true });
    const existing =
      '---\nname: Hope Street Pantry\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n';
    writeFileSync(join(root, 'data/listings/food/hope-street-pantry.md'), existing);
    const result = run(root, [PANTRY[0]!, '', ...PANTRY.slice(1)]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Nothing was written. Update data/listings/food/hope-street-pantry.md instead.');
    expect(readdirSync(join(root, 'data/listings/food'))).toEqual(['hope-street-pantry.md']);
  });

  it('writes nothing and exits 1 when the answers run out', () => {
    const root = project();
    const result = run(root, PANTRY.slice(0, 5));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stopped before the last question; nothing was written/);
    expect(readdirSync(join(root, 'data/listings'))).toEqual([]);
  });

  it('stops with one line when site.yaml is missing', () => {
    const root = project();
    rmSync(join(root, 'data/site.yaml'));
    const result = run(root, PANTRY);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('data/site.yaml cannot be read; run npm run new in the project folder');
  });
});
