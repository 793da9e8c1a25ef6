/**
 * /contribute/data/<n>.json: the listing files the edit form starts from, by slug
 * (src/lib/content/edit-data.ts). The same in every language, so written once, at the root.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildEditData, type EditData } from '#lib/content/edit-data.ts';

export const getStaticPaths = (async () =>
  (await buildEditData()).map((data, shard) => ({ params: { shard: String(shard) }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: EditData }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json' } });
