/**
 * What `npm run import:csv` prints after the import: a line for every row it skipped or changed,
 * then the counts by reason, and a hint when most points look swapped (the mapping then names
 * geo.lat and geo.lng the wrong way round).
 */
import { countsByKind, outcomeLines } from '../import-report.ts';
import type { ImportResult, RowOutcome } from './import.ts';

/** `<file>:<row>: <name>: …` for every row that was skipped or changed. */
export function reportLines(input: string, outcomes: readonly RowOutcome[]): string[] {
  return outcomes.flatMap((outcome) => outcomeLines(`${input}:${outcome.at}: ${outcome.label}: `, outcome));
}

/** The summary lines after the per-row lines. */
export function summaryLines(input: string, result: ImportResult): string[] {
  const { outcomes } = result;
  const written = outcomes.filter((outcome) => outcome.listing);
  const skipped = outcomes.filter((outcome) => outcome.skipped);
  const lines = [`${input}: ${outcomes.length} rows read: ${written.length} written, ${skipped.length} skipped.`];
  if (skipped.length > 0) lines.push(`Skipped: ${countsByKind(skipped.map((o) => o.skipped!.kind))}.`);
  const kinds = written.flatMap((outcome) => outcome.changes.map((change) => change.kind));
  if (kinds.length > 0) lines.push(`Altered: ${countsByKind(kinds)}.`);
  if (result.withPoint > 0 && result.swapped * 2 > result.withPoint) {
    lines.push(
      `${result.swapped} of ${result.withPoint} points had latitude and longitude the wrong way round: the mapping probably names the columns the wrong way round (swap geo.lat and geo.lng).`,
    );
  }
  return lines;
}
