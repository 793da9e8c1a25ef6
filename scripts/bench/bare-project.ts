/**
 * The baseline for `npm run bench`: a bare Astro project with the same listing files, rendering
 * as many pages as the project does: one per entry and language, and as many more as the
 * project's other pages (finder, category, pathway, list and support pages), each again an
 * entry's page, so both builds write the same number of HTML files.
 */

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

/**
 * The bare page: one page per entry in each language the site is built in (the first at the
 * root, the others under their code), so the baseline renders as many pages as the project.
 */
export function barePage(languages: readonly string[]): string {
  return `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const langs = ${JSON.stringify(languages.map((lang, i) => (i === 0 ? null : lang)))};
  const entries = await getCollection('listings');
  return langs.flatMap((lang) =>
    entries.map((entry) => ({ params: { slug: entry.id, lang: lang ?? undefined }, props: { entry } })),
  );
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={Astro.params.lang ?? '${languages[0] ?? 'en'}'}><head><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><Content /></body></html>
`;
}

/**
 * The other pages: `count` more, numbered, each showing an entry (taken in turn) the way the
 * bare listing page does. Written once the project's first build has said how many it renders.
 */
export function bareExtraPages(count: number): string {
  return `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('listings');
  return Array.from({ length: ${count} }, (_, i) => ({
    params: { n: String(i + 1) },
    props: { entry: entries[i % entries.length] },
  }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><Content /></body></html>
`;
}
