/**
 * The site's base path, for forks deployed under a sub-path. A module of its own: the service
 * worker's plan and the web-app manifest need it on every page, without links.ts and the phone
 * number library it carries.
 */

/** Joins the site's base path and a root-relative path. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
