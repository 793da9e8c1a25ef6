/**
 * The summary at the top after "Check my listing": how many things to fix, each a link to its
 * box with the box's label and the validator's message, then the warnings. It takes focus when
 * shown, so a screen reader reads it first; a problem no box is about is listed without a link.
 */
import { plural, fill } from '#i18n/text.ts';
import { fieldId, type FieldKey } from '#lib/listing-form/fields.ts';
import type { Problem } from '#lib/validate/problem.ts';
import { useFormFields } from './context.ts';

export interface PlacedProblem {
  problem: Problem;
  /** The box it is about, if any. */
  key: FieldKey | undefined;
  /** The box's label, or the validator's own field name. */
  label: string;
}

interface Props {
  errors: readonly PlacedProblem[];
  warnings: readonly PlacedProblem[];
  locale: string;
  /** True on a page in another language than the messages' (English). */
  translated: boolean;
  /** False when the rules between fields have not run yet (FormResult.fitChecked). */
  fitChecked: boolean;
}

/** Focuses a box (the first one of a group) and brings it into view, leaving the address alone. */
export function focusField(key: FieldKey): void {
  const target = document.getElementById(fieldId(key));
  if (!target) return;
  const box = target.matches('input, select, textarea, button')
    ? target
    : (target.querySelector<HTMLElement>('input, select, textarea') ?? target);
  box.focus();
  box.scrollIntoView({ block: 'center' });
}

function ProblemList({ items }: { items: readonly PlacedProblem[] }) {
  return (
    <ul>
      {items.map(({ problem, key, label }, i) => {
        const text = (
          <>
            <strong>{label}:</strong> <span lang="en">{problem.message}</span>
          </>
        );
        return (
          <li key={i}>
            {key ? (
              <a
                href={`#${fieldId(key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(key);
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Summary({ errors, warnings, locale, translated, fitChecked }: Props) {
  const { words } = useFormFields();
  const check = words.check;
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="form-summary" id="form-summary" tabIndex={-1} aria-labelledby="form-summary-h">
      <h2 id="form-summary-h">
        {errors.length > 0
          ? fill(check.summaryHeading, { count: plural(locale, check.count, errors.length) })
          : check.warningsHeading}
      </h2>
      {translated && <p className="form-help">{check.inEnglish}</p>}
      {errors.length > 0 && <ProblemList items={errors} />}
      {errors.length > 0 && !fitChecked && <p className="form-help">{check.moreAfter}</p>}
      {errors.length > 0 && warnings.length > 0 && <h3>{check.warningsHeading}</h3>}
      {warnings.length > 0 && <ProblemList items={warnings} />}
    </div>
  );
}
