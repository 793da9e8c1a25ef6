/**
 * Handing a checked listing to the people who publish it: a pull request on the code host, or an
 * e-mail. Nothing leaves the device until the volunteer follows one of these links.
 *
 * - A new listing on GitHub opens the repository's new-file page with the file's path and text
 *   in its address (`/new/<branch>?filename=<path>&value=<text>`). GitHub does not document
 *   `value`, but fills the editor from it; the changesets bot links to `.changeset/<name>.md`
 *   the same way (changesets/bot, index.ts), and Gitea and GitLab copied the pair "like GitHub".
 *   Someone without write access is offered a fork and a pull request by GitHub itself.
 * - GitHub answers 414 to a longer address than it takes: its docs say so ("Using query
 *   parameters to create a pull request"), and github/docs#5136 names 8,191 bytes. Past
 *   MAX_URL_BYTES the text is copied instead, and the page opens with only the file's name.
 * - GitHub's editor of an existing file cannot be filled from its address, so an edit is copied
 *   to the clipboard and pasted over the file, in three numbered steps.
 * - Any other host (or none): copy or download, with the same steps in general words.
 */
import { editUrl } from '#lib/html/links.ts';

/** The longest address handed to GitHub, kept under its limit of 8,191 bytes. */
export const MAX_URL_BYTES = 8000;

export interface Repository {
  /** The repository's web address, from site.yaml `repository.url`. */
  url: string;
  branch: string;
}

/** `https://github.com/owner/name` when the repository is on GitHub; undefined otherwise. */
export function githubRepository(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !/^(www\.)?github\.com$/i.test(parsed.hostname)) return undefined;
  const match = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(parsed.pathname);
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** A branch or a path in an address: each part encoded, the slashes kept. */
const pathInUrl = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** GitHub's new-file page with the file's path filled in, and its text when given. */
export function newFileUrl(github: string, branch: string, file: string, text?: string): string {
  const value = text === undefined ? '' : `&value=${encodeURIComponent(text)}`;
  return `${github}/new/${pathInUrl(branch)}?filename=${encodeURIComponent(file)}${value}`;
}

/**
 * An e-mail to the organization with the file in the body. RFC 6068 asks for line breaks as
 * %0D%0A and spaces as %20 (not "+"), so it is encoded by hand.
 */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** How the form hands a listing over. */
export type HandOver =
  /** A new listing: GitHub's new-file page with the file filled in through its address. */
  | { kind: 'propose'; url: string }
  /** An edit on GitHub: copy, then open the file in GitHub's editor and paste over it. */
  | { kind: 'paste-edit'; url: string }
  /** A new listing too long for an address: copy, then open the new-file page (name filled in) and paste. */
  | { kind: 'paste-new'; url: string }
  /** Not on GitHub: copy or download, and add or replace the file on the repository's own site. */
  | { kind: 'elsewhere'; url: string };

/** The way to hand over `text`, the file at `file` (relative to the repository). */
export function handOver(mode: 'new' | 'edit', repository: Repository, file: string, text: string): HandOver {
  const github = githubRepository(repository.url);
  if (!github) return { kind: 'elsewhere', url: repository.url };
  if (mode === 'edit') return { kind: 'paste-edit', url: editUrl({ url: github, branch: repository.branch }, file) };
  const url = newFileUrl(github, repository.branch, file, text);
  return url.length <= MAX_URL_BYTES
    ? { kind: 'propose', url }
    : { kind: 'paste-new', url: newFileUrl(github, repository.branch, file) };
}
