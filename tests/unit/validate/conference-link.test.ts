/**
 * The warning for a join link Meeting Guide clients would hide
 * (src/lib/open-data/meeting-guide/conference-providers.ts, run by the validator): which hosts
 * they know, and the exact line a volunteer reads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { conferenceProvider, unknownProviderMessage } from '#lib/open-data/meeting-guide/conference-providers.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

const TODAY = '2026-11-24';
const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
const check = (path: string, text = fixture(path)) =>
  checkListing(path, text, { site: fixtureSite, today: TODAY }).problems.map(formatProblem);

describe('join links Meeting Guide clients recognise', () => {
  it('knows a provider by its domain or a subdomain of it, and nothing that only looks like one', () => {
    expect(conferenceProvider('https://zoom.us/j/123')).toBe('Zoom');
    expect(conferenceProvider('https://us02web.zoom.us/j/123?pwd=x')).toBe('Zoom');
    expect(conferenceProvider('https://meet.google.com/abc-defg-hij')).toBe('Google Meet');
    expect(conferenceProvider('https://teams.microsoft.com/l/meetup-join/1')).toBe('Teams');
    expect(conferenceProvider('https://MEET.JIT.SI/SomeRoom')).toBe('Jitsi');
    expect(conferenceProvider('https://notzoom.us/j/123')).toBeUndefined();
    expect(conferenceProvider('https://zoom.us.example.org/j/123')).toBeUndefined();
    expect(conferenceProvider('https://example.org/join?to=zoom.us')).toBeUndefined();
    expect(conferenceProvider('not a link')).toBeUndefined();
  });

  it('checks online and hybrid mutual aid meetings only', () => {
    const url = 'https://meet.example.org/x';
    expect(unknownProviderMessage({ category: 'mutual-aid-meeting', attendance: 'hybrid', conference_url: url })).toBe(
      "Meeting Guide apps and TSML UI hide join links on meet.example.org, a service they do not know; use the meeting's own Zoom, Google Meet, Microsoft Teams, Webex or Jitsi link, or add conference_phone so people can still join from those apps",
    );
    expect(
      unknownProviderMessage({ category: 'mutual-aid-meeting', attendance: 'in-person', conference_url: url }),
    ).toBe(undefined);
    expect(unknownProviderMessage({ category: 'peer-support', attendance: 'online', conference_url: url })).toBe(
      undefined,
    );
    expect(unknownProviderMessage({ category: 'mutual-aid-meeting', attendance: 'online' })).toBeUndefined();
  });
});

describe('npm run validate on a meeting whose link those clients hide', () => {
  it('warns on the conference_url line, naming the host and the fix, and does not fail', () => {
    const path = 'warning/conference-url-unknown-provider.md';
    expect(check(path)).toEqual([
      `${path}:7: conference_url: warning: Meeting Guide apps and TSML UI hide join links on meet.example.org, a service they do not know; use the meeting's own Zoom, Google Meet, Microsoft Teams, Webex or Jitsi link, or add conference_phone so people can still join from those apps`,
    ]);
  });

  it('says nothing once the link is a Zoom link', () => {
    const path = 'warning/conference-url-unknown-provider.md';
    expect(
      check(path, fixture(path).replace('https://meet.example.org/late-night', 'https://us02web.zoom.us/j/1')),
    ).toEqual([]);
  });
});
