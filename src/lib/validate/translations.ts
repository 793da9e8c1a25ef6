/**
 * The rules on a listing's `translations` that its schema cannot know: which languages the site
 * is built in (site.yaml), and the Markdown rules of a translated description, which are the
 * rules of the original description (markdown.ts, limits.ts). Empty values, unknown fields and
 * lengths are the schema's (src/schemas/listing.ts); characters and e-mail addresses are
 * checked on every text value, translations included (characters.ts, free-text-emails.ts).
 */
import { translationLanguageProblem } from '#schemas/common.ts';
import type { SiteConfig } from '#schemas/site.ts';
import { checkDescriptionLimits } from './limits.ts';
import { checkMarkdownBody, checkPlaceholders } from './markdown.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

const isFields = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** Problems in `translations` beyond the schema's: the language, and a translated description. */
export function checkTranslations(
  file: string,
  source: Pick<ParsedSource, 'lineOf'>,
  raw: Record<string, unknown>,
  site: Pick<SiteConfig, 'languages'> | undefined,
): Problem[] {
  const translations = raw.translations;
  if (!isFields(translations)) return [];
  const problems: Problem[] = [];
  for (const [code, fields] of Object.entries(translations)) {
    const language = site && translationLanguageProblem(code, site.languages);
    if (language) {
      problems.push({
        file,
        line: source.lineOf(['translations', code], 'key'),
        field: `translations.${code}`,
        message: language,
        severity: 'error',
      });
    }
    if (!isFields(fields) || typeof fields.description !== 'string') continue;
    const text = fields.description;
    const field = `translations.${code}.description`;
    // A multi-line description is a block scalar (description: |) whose text starts a line below.
    const line = (source.lineOf(['translations', code, 'description']) ?? 1) + (text.includes('\n') ? 1 : 0);
    const limits = checkDescriptionLimits(file, text, line, field);
    problems.push(...limits);
    if (limits.length === 0) problems.push(...checkMarkdownBody(file, text, line, field));
    problems.push(...checkPlaceholders(file, text, line, field));
  }
  return problems;
}
