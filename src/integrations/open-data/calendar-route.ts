/**
 * /listings/<slug>.ics in `astro dev`: one listing's sessions, for the "Add to your calendar"
 * link. The build writes the same files from a worker (index.ts). A temporarily closed
 * listing keeps its file, with its sessions marked cancelled and the reason in the description.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  CALENDAR_HEADERS,
  calendarSite,
  hasCalendar,
  listingCalendar,
  type CalendarListing,
} from '#lib/open-data/ical/calendar.ts';
import { getPublishedListings } from '#lib/content/listings.ts';
import { getSite } from '#lib/content/site.ts';

export const getStaticPaths = (async () => {
  const listings = await getPublishedListings();
  return listings
    .map(({ id, data }): CalendarListing => ({ slug: id, ...data }))
    .filter(hasCalendar)
    .map((listing) => ({ params: { slug: listing.slug }, props: { listing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: CalendarListing }> = ({ props }) => {
  const site = calendarSite(getSite(), import.meta.env.SITE, import.meta.env.BASE_URL);
  return new Response(listingCalendar(props.listing, site), { headers: CALENDAR_HEADERS });
};
