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
import { DESCRIPTION_PLACEHOLDER } from '#lib/authoring/new-listing.ts';
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
  '', // in person (the default)
  'n', // not a private home
  'Lansing',
  '1400 Example Ave',
  '48906',
  '42.7601, -84.5547',
  'https://example.org/pantry',
  '517-555-0123',
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
    expect(result.stdout).toMatch(/✓ 0 errors, 1 warning in 1 file/);
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
        'attendance: in-person',
        'address:',
        '  street: "1400 Example Ave"',
        '  city: "Lansing"',
        '  postal_code: "48906"',
        'geo: { lat: 42.7601, lng: -84.5547 }',
        'phone: "517-555-0123"',
        'website: "https://example.org/pantry"',
        `last_verified: ${todayIn(site.timezone)}`,
        'verified_how: phone',
        '---',
        DESCRIPTION_PLACEHOLDER,
        '',
      ].join('\n'),
    );
    // The placeholder is a warning until it is replaced.
    const warnings = validateProject(root).problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => p.field)).toEqual(['body']);
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
      '2', // online
      'https://example.org/join',
      '', // no website
      '', // no phone
      '2', // NA
      'sunday',
      '7 pm',
      '8:15 pm',
      '2026-11-01',
      '4', // website
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(errors(root)).toEqual([]);
    const text = readFileSync(join(root, 'data/listings/mutual-aid-meeting/sunday-night-online-circle.md'), 'utf8');
    expect(text).toContain(
      'attendance: online\nconference_url: "https://example.org/join"\nschedule:\n  - day: sunday\n    start: "19:00"\n    end: "20:15"\nfellowship: na\nlast_verified: 2026-11-01\nverified_how: website\n',
    );
  });

  it('writes a private recovery home without a street, with its medication policy', () => {
    const root = project();
    const result = run(root, [
      'Maple Recovery Home',
      '1', // recovery housing
      '3 4',
      '',
      'y', // a private home: the street is not asked
      'Lansing',
      '48912',
      '42.7300, -84.5500',
      '',
      '517-555-0110',
      '1', // welcome
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

  it('never overwrites: a name already used gets the next free file name', () => {
    const root = project();
    mkdirSync(join(root, 'data/listings/clothing'), { recursive: true });
    const existing =
      '---\nname: Other\ncategory: clothing\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n';
    writeFileSync(join(root, 'data/listings/clothing/hope-street-pantry.md'), existing);
    const result = run(root, PANTRY);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote data/listings/food/hope-street-pantry-2.md');
    expect(readFileSync(join(root, 'data/listings/clothing/hope-street-pantry.md'), 'utf8')).toBe(existing);
    expect(errors(root)).toEqual([]);
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
