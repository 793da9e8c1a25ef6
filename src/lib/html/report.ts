/**
 * "Report a problem" with a listing. The first way offered needs no account: an e-mail to the
 * organization (site.yaml `contact_email`), written in advance so the person only adds what they
 * know. The code host's issue form, which needs an account there, comes second. Pure and free of
 * the phone-number library and of the dictionaries, because the listing page's script rebuilds
 * the e-mail with the address the page is served from: the page hands it these words.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill } from '#i18n/text.ts';

interface Repository {
  url: string;
  branch: string;
}

/** The report's words in the page's language (the `listing.report.message` dictionary entry). */
export type ReportWords = Dictionary['listing']['report']['message'];

/** What a report is about: the listing, and (when known) the address of its page. */
export interface ReportSubject {
  slug: string;
  name: string;
  /** The listing page's address as the visitor sees it; the build cannot know it (see share-listing.ts). */
  page?: string | undefined;
}

/** The report's lines: which listing, a checklist of what might be wrong, and a reminder. */
function reportLines(
  { slug, name, page }: ReportSubject,
  words: ReportWords,
  { box, ask, code }: { box: string; ask: string; code: (slug: string) => string },
): string[] {
  const wrong = [words.phone, words.address, words.hours, words.closed, words.other];
  return [
    fill(words.listing, { name, code: code(slug) }),
    ...(page ? [fill(words.page, { page })] : []),
    '',
    fill(words.whatIsWrong, { ask }),
    ...wrong.map((item) => `- ${box}${item}`),
    '',
    words.whatIsRight,
    '',
    words.privacy,
  ];
}

/** The subject line of both kinds of report. */
export function reportTitle(name: string, words: ReportWords): string {
  return fill(words.title, { name });
}

/** A prefilled "new issue" link on the code host, with a Markdown checklist. */
export function reportProblemUrl(repository: Repository, subject: ReportSubject, words: ReportWords): string {
  const body = reportLines(subject, words, {
    box: '[ ] ',
    ask: words.askIssue,
    code: (slug) => `\`${slug}\``,
  }).join('\n');
  const params = new URLSearchParams({ title: reportTitle(subject.name, words), body, labels: 'listing-report' });
  return `${repository.url.replace(/\/$/, '')}/issues/new?${params}`;
}

/**
 * The same report as an e-mail, for everyone without an account on the code host. `mailto:` wants
 * %20 for spaces, not "+", so the query is encoded by hand.
 */
export function reportProblemMailto(email: string, subject: ReportSubject, words: ReportWords): string {
  const body = reportLines(subject, words, { box: '', ask: words.askMail, code: (slug) => slug }).join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(reportTitle(subject.name, words))}&body=${encodeURIComponent(body)}`;
}

/**
 * "GitHub", "GitLab" or "Codeberg" from the repository's address, for "report it on GitHub";
 * `unknown` (the page's words for "the project's issue tracker") for any other host.
 */
export function codeHostName(repositoryUrl: string, unknown = 'the project’s issue tracker'): string {
  let host = '';
  try {
    host = new URL(repositoryUrl).hostname.replace(/^www\./, '');
  } catch {
    // An unparsable address falls through to the generic name.
  }
  const known: Record<string, string> = { 'github.com': 'GitHub', 'gitlab.com': 'GitLab', 'codeberg.org': 'Codeberg' };
  return known[host] ?? unknown;
}
