/**
 * The first line of a listing's YAML: `# yaml-language-server: $schema=<path>`. Editors with a
 * YAML language server (VS Code's Red Hat YAML extension and others) read it and check the file
 * against public/schema/listing.json as it is typed. To YAML it is only a comment, so the
 * validator and the build read the file exactly as before.
 */
import { dirname, relative } from '#lib/validate/file-path.ts';

/** Where the schemas are written (relative to the project root) and served (under the site). */
export const LISTING_SCHEMA_FILE = 'public/schema/listing.json';
export const SITE_SCHEMA_FILE = 'public/schema/site.json';

const MODELINE = '# yaml-language-server: $schema=';

/**
 * The comment line for a file at `file` (relative to the project root, forward slashes). The
 * path is relative to the file's folder because that is how the language server resolves it,
 * and it works in any fork and clone without knowing where the site is deployed.
 */
export function schemaComment(file: string, schemaFile: string = LISTING_SCHEMA_FILE): string {
  return `${MODELINE}${relative(dirname(file), schemaFile)}`;
}

/** True when `line` is a schema comment (with any path). */
export function isSchemaComment(line: string): boolean {
  return line.trimStart().startsWith(MODELINE);
}
