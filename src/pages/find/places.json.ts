/**
 * /find/places.json: the ZIP codes and towns of the region with their centres, so "near 48912"
 * or "near Okemos" is looked up on the visitor's device and never sent anywhere.
 */
import type { APIRoute } from 'astro';
import { regionPlaces } from '#lib/content/finder-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await regionPlaces()), { headers: { 'Content-Type': 'application/json' } });
