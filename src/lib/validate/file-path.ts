/**
 * File names the way node:path's posix functions read them, for the parts of the validator and
 * the file writer that also run in the browser (the listing form checks and writes one listing
 * there, docs/ARCHITECTURE.md). Listing paths are always relative, with forward slashes.
 */

/** The last part of `path`, without `extension` when it ends with it (as path.posix.basename). */
export function basename(path: string, extension?: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  // Node keeps a name that is nothing but the extension (".md" stays ".md").
  return extension && base !== extension && base.endsWith(extension) ? base.slice(0, -extension.length) : base;
}

/** The extension of the last part, from its last dot (as path.posix.extname): '' for ".md" or "README". */
export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

/** The folder of `path` (as path.posix.dirname): '.' when there is none. */
export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash === -1) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

/** Folders of a relative path, with "." and empty parts dropped and ".." applied. */
function parts(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** The path from folder `from` to `to`, both relative to the same root (as path.posix.relative). */
export function relative(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}
