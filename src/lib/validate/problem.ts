/** A problem the validator found, and how it is printed for people and for GitHub. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when it can be known. */
  line?: number;
  /**
   * The field as people read it (`schedule.start (1st meeting time)`, see field-names.ts) or a
   * part of the file (`yaml`, `description`, `file name`).
   */
  field: string;
  /**
   * The field as a path of keys and list positions (from 0), for code that matches problems to
   * fields (the browser form); `field` is what people read. Absent for problems about the file.
   */
  path?: readonly (string | number)[];
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  severity: Severity;
}

/** `path:line: field: message`, the format the Errors contract in DESIGN.md fixes. */
export function formatProblem(problem: Problem): string {
  const file = escapeLineBreaks(problem.file);
  const where = problem.line ? `${file}:${problem.line}` : file;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${escapeLineBreaks(problem.field)}: ${prefix}${escapeLineBreaks(problem.message)}`;
}

/**
 * A file name or value holding a line break would start a new line of output, and a line such
 * as `::error file=x::…` in a CI log is read as a real annotation. Line breaks and other control
 * characters are written as GitHub writes them (`%0A`), so each problem stays one line.
 */
export function escapeLineBreaks(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0B-\x1F\x7F\u2028\u2029]|\n/g, (c) => {
    const code = c.charCodeAt(0);
    return `%${code
      .toString(16)
      .toUpperCase()
      .padStart(code > 0xff ? 4 : 2, '0')}`;
  });
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatGithubAnnotation(problem: Problem): string {
  const props = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) props.push(`line=${problem.line}`);
  props.push(`title=${escapeProperty(problem.field)}`);
  return `::${problem.severity} ${props.join(',')}::${escapeData(`${problem.field}: ${problem.message}`)}`;
}

// Escaping as GitHub's toolkit does, so a message with a colon or newline survives intact.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Orders problems by file, then line, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** "1 file", "3 errors": a count and its word, with an s unless the count is one. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 errors, 1 warning in 124 files". */
export function summarize(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
