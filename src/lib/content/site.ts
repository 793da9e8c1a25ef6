/** The community's configuration, read once per build from data/site.yaml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '#schemas/site.ts';

// Read relative to the project root: Astro runs builds from there, and bundling moves this module.
let cached: SiteConfig | undefined;

/** The validated site.yaml; the build has already stopped on errors before pages render. */
export function getSite(): SiteConfig {
  cached ??= siteSchema.parse(parse(readFileSync(join(process.cwd(), 'data/site.yaml'), 'utf8')));
  return cached;
}
