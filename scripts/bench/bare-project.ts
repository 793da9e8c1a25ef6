/** The baseline for `npm run bench`: a bare Astro project, one page per entry, same files. */

export const BARE_CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', devToolbar: { enabled: false } });
`;

export const BARE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  listings: defineCollection({
    loader: glob({ base: './data/listings', pattern: '**/*.md' }),
    schema: z.looseObject({ name: z.string() }),
  }),
};
`;

export const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('listings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><Content /></body></html>
`;
