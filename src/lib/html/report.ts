/**
 * "Report a problem" with a listing. The first way offered needs no account: an e-mail to the
 * organization (site.yaml `contact_email`), written in advance so the person only adds what they
 * know. The code host's issue form, which needs an account there, comes second. Pure and free of
 * the phone-number library, because the listing page's script rebuilds the e-mail with the address
 * the page is served from.
 */

interface Repository {
  url: string;
  branch: string;
}

/** What a report is about: the listing, and (when known) the address of its page. */
export interface ReportSubject {
  slug: string;
  name: string;
  /** The listing page's address as the visitor sees it; the build cannot know it (see share-listing.ts). */
  page?: string | undefined;
}

// One place for the report's words, so they can move into the dictionaries with the rest.
const WHAT_IS_WRONG = [
  'Phone number',
  'Address or location',
  'Hours or meeting times',
  'It has closed',
  'Something else',
];

/** The report's lines: which listing, a checklist of what might be wrong, and a reminder. */
function reportLines(
  { slug, name, page }: ReportSubject,
  { box, ask, code }: { box: string; ask: string; code: (slug: string) => string },
): string[] {
  return [
    `Listing: ${name} (${code(slug)})`,
    ...(page ? [`Page: ${page}`] : []),
    '',
    `What is wrong? (${ask})`,
    ...WHAT_IS_WRONG.map((item) => `- ${box}${item}`),
    '',
    'What is right, if you know:',
    '',
    '(Please do not include anyone’s name or personal details.)',
  ];
}

/** The subject line of both kinds of report. */
export function reportTitle(name: string): string {
  return `Problem with listing: ${name}`;
}

/** A prefilled "new issue" link on the code host, with a Markdown checklist. */
export function reportProblemUrl(repository: Repository, subject: ReportSubject): string {
  const body = reportLines(subject, { box: '[ ] ', ask: 'tick any that apply', code: (slug) => `\`${slug}\`` }).join(
    '\n',
  );
  const params = new URLSearchParams({ title: reportTitle(subject.name), body, labels: 'listing-report' });
  return `${repository.url.replace(/\/$/, '')}/issues/new?${params}`;
}

/**
 * The same report as an e-mail, for everyone without an account on the code host. `mailto:` wants
 * %20 for spaces, not "+", so the query is encoded by hand.
 */
export function reportProblemMailto(email: string, subject: ReportSubject): string {
  const body = reportLines(subject, { box: '', ask: 'keep the lines that apply', code: (slug) => slug }).join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(reportTitle(subject.name))}&body=${encodeURIComponent(body)}`;
}

/** "GitHub", "GitLab" or "Codeberg" from the repository's address, for "report it on GitHub". */
export function codeHostName(repositoryUrl: string): string {
  let host = '';
  try {
    host = new URL(repositoryUrl).hostname.replace(/^www\./, '');
  } catch {
    // An unparsable address falls through to the generic name.
  }
  const known: Record<string, string> = { 'github.com': 'GitHub', 'gitlab.com': 'GitLab', 'codeberg.org': 'Codeberg' };
  return known[host] ?? 'the project’s issue tracker';
}
