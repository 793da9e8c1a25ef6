/** Checking data/site.yaml, which every listing check and every command needs first. */
import { siteSchema, type SiteConfig } from '#schemas/site.ts';
import { checkCharacters } from './characters.ts';
import { friendlyErrorMap, issuesToProblems } from './messages.ts';
import type { Problem } from './problem.ts';
import { normalizeNewlines, parseYamlSource, type ParsedSource } from './source.ts';

export const SITE_FILE = 'data/site.yaml';

/** Reads and checks data/site.yaml. */
export function checkSite(file: string, text: string): { site?: SiteConfig; problems: Problem[] } {
  const source = parseYamlSource(file, normalizeNewlines(text), 1);
  if (source.data === undefined) return { problems: source.problems };
  const full: ParsedSource = { ...source, body: '', bodyLine: 1 };
  const problems = [...source.problems, ...checkCharacters(file, full)];
  const result = siteSchema.safeParse(source.data, { error: friendlyErrorMap });
  if (!result.success) {
    return { problems: [...problems, ...issuesToProblems(file, full, result.error.issues, siteSchema)] };
  }
  return { site: result.data, problems };
}
