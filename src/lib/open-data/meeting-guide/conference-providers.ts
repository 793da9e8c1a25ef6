/**
 * The video and phone meeting services whose join links Meeting Guide clients show. TSML UI (the
 * meeting finder most area websites embed) keeps a table of them, `conference_providers` in its
 * settings (code4recovery/tsml-ui, src/hooks/settings.tsx); for any other host it logs "unknown
 * conference_url" and hides the link, and an online meeting left with no link and no dial-in
 * number is listed as inactive. The 12 Step Meeting List plugin, which writes most feeds, checks
 * links against the same table. This is that table, so the validator can warn before a volunteer
 * publishes a link nobody will see, and the export tests can read the feed as TSML UI does.
 *
 * Pure (no Node built-ins): the listing form runs the validator in the browser too.
 */
import type { Problem } from '#lib/validate/problem.ts';

/** Host → the service's name, as TSML UI's default settings list them. */
export const CONFERENCE_PROVIDERS: Readonly<Record<string, string>> = {
  'bluejeans.com': 'Bluejeans',
  'discord.gg': 'Discord',
  'freeconference.com': 'Free Conference',
  'freeconferencecall.com': 'FreeConferenceCall',
  'goto.com': 'GoTo',
  'gotomeet.me': 'GoTo',
  'gotomeeting.com': 'GoTo',
  'horizon.meta.com': 'Virtual Reality',
  'maps.secondlife.com': 'Virtual Reality',
  'meet.google.com': 'Google Meet',
  'meet.jit.si': 'Jitsi',
  'meetings.dialpad.com': 'Dialpad',
  'signal.group': 'Signal',
  'skype.com': 'Skype',
  'slurl.com': 'Virtual Reality',
  'teams.live.com': 'Teams',
  'teams.microsoft.com': 'Teams',
  'vrchat.com': 'Virtual Reality',
  'webex.com': 'WebEx',
  'zoho.com': 'Zoho',
  'zoom.us': 'Zoom',
};

/** The services a message names as examples: the ones most meetings use. */
export const COMMON_PROVIDERS = 'Zoom, Google Meet, Microsoft Teams, Webex or Jitsi';

/** A link's host, lowercase; undefined when it is not a web address. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The service a join link belongs to, or undefined when Meeting Guide clients do not know it.
 * The host must be a listed domain or a subdomain of one (`us02web.zoom.us`). TSML UI only asks
 * that the host end with the domain, so it would also take `notzoom.us`; a link this accepts,
 * TSML UI accepts too.
 */
export function conferenceProvider(url: string): string | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  const domain = Object.keys(CONFERENCE_PROVIDERS).find((d) => host === d || host.endsWith(`.${d}`));
  return domain === undefined ? undefined : CONFERENCE_PROVIDERS[domain];
}

/** What the check reads of a listing. */
interface JoinFields {
  category: string;
  attendance: string;
  conference_url?: string | undefined;
}

/**
 * Why Meeting Guide clients would hide this meeting's join link, with the fix; undefined when
 * they show it, or when the listing is not an online or hybrid meeting (only mutual aid meetings
 * go into /exports/meetings.json).
 */
export function unknownProviderMessage(listing: JoinFields): string | undefined {
  const { category, attendance, conference_url: url } = listing;
  if (category !== 'mutual-aid-meeting' || (attendance !== 'online' && attendance !== 'hybrid')) return undefined;
  if (url === undefined || conferenceProvider(url) !== undefined) return undefined;
  return `Meeting Guide apps and TSML UI hide join links on ${hostOf(url) ?? 'this site'}, a service they do not know; use the meeting's own ${COMMON_PROVIDERS} link, or add conference_phone so people can still join from those apps`;
}

/**
 * The validator's warning for a join link Meeting Guide clients would hide (none when they show
 * it), on the line of `conference_url`.
 */
export function conferenceLinkWarnings(
  file: string,
  listing: JoinFields,
  source: { lineOf: (path: readonly string[]) => number | undefined },
): Problem[] {
  const message = unknownProviderMessage(listing);
  if (message === undefined) return [];
  return [
    {
      file,
      line: source.lineOf(['conference_url']),
      field: 'conference_url',
      path: ['conference_url'],
      message,
      severity: 'warning',
    },
  ];
}
