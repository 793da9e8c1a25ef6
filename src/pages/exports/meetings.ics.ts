/**
 * /exports/meetings.ics: every meeting and recurring event as an iCalendar file people can
 * subscribe to. Weekly sessions repeat in their own time zone; temporarily closed listings are
 * left out until they reopen (src/lib/ical.ts).
 */
import type { APIRoute } from 'astro';
import { buildCalendar, CALENDAR_HEADERS, calendarSite, inMeetingsCalendar } from '../../lib/ical.ts';
import { getPublishedListings } from '../../lib/listings.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const config = getSite();
  const site = calendarSite(config, import.meta.env.SITE, import.meta.env.BASE_URL);
  const listings = (await getPublishedListings()).map(({ id, data }) => ({ slug: id, ...data }));
  const body = buildCalendar(listings.filter(inMeetingsCalendar), site, {
    name: config.name,
    description: `Meetings and recurring events from ${config.name}.`,
  });
  return new Response(body, { headers: CALENDAR_HEADERS });
};
