/**
 * /find/places.json: the ZIP codes and towns of the region with their centres, so "near 48912"
 * or "near Okemos" is looked up on the visitor's device and never sent anywhere.
 */
import type { APIRoute } from 'astro';
import zipcodes from 'zipcodes';
import { getPublishedListings } from '#lib/content/listings.ts';
import { buildPlaces, type TownPoint } from '#lib/map/places.ts';
import { getSite } from '#lib/content/site.ts';

export const GET: APIRoute = async () => {
  const listings = await getPublishedListings();
  // Towns the postal table lacks are placed by their listings; private locations never count.
  const towns: TownPoint[] = listings.flatMap(({ data }) =>
    data.address?.city && data.geo && !data.location_private ? [{ city: data.address.city, point: data.geo }] : [],
  );
  const places = buildPlaces(Object.values(zipcodes.codes), towns, getSite().region.bounds);
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json' } });
};
