/** What the importer commands share: a one-line failure, and the project's site.yaml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite, SITE_FILE } from '../../src/lib/validate/index.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';

/** A problem with the command's input: printed as its message alone, never as a stack trace. */
export class Unusable extends Error {}

/** The project's site.yaml, which must be valid: its bounds and time zone decide the import. */
export function readSite(root: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(join(root, SITE_FILE), 'utf8');
  } catch {
    throw new Unusable(`${join(root, SITE_FILE)}: cannot be read; run the import in the project folder or pass --root`);
  }
  const { site, problems } = checkSite(SITE_FILE, text);
  if (!site) {
    const first = problems[0];
    throw new Unusable(
      `${SITE_FILE}: ${first ? `${first.field}: ${first.message}` : 'is not valid'}; run npm run validate`,
    );
  }
  return site;
}
