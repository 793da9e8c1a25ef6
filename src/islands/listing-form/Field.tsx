/**
 * One box of the listing form with its label, its help and the validator's messages about it,
 * tied together for screen readers: the input is described by its help and its messages
 * (aria-describedby) and marked invalid while it has an error. Messages come from the validator,
 * in English, so they carry lang="en" on a page in another language.
 */
import type { ReactNode } from 'react';
import { fieldId, fieldName, type FieldKey } from '#lib/listing-form/fields.ts';
import type { Problem } from '#lib/validate/problem.ts';
import { useFormFields } from './context.ts';

/** Everything an input needs to be labelled and described. */
export interface FieldParts {
  id: string;
  label: string;
  help: string | undefined;
  problems: readonly Problem[];
  /** The ids of the help and the messages, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  touch: () => void;
}

export function useField(key: FieldKey, options: { help?: boolean } = {}): FieldParts {
  const { words, problemsOf, touch } = useFormFields();
  const id = fieldId(key);
  const name = fieldName(key);
  const help = options.help === false ? undefined : (words.help as Record<string, string>)[name];
  const problems = problemsOf(key);
  const describedBy = [help ? `${id}-help` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return {
    id,
    label: (words.labels as Record<string, string>)[name] ?? name,
    help,
    problems,
    describedBy: describedBy || undefined,
    invalid: problems.some((p) => p.severity === 'error'),
    touch: () => touch(key),
  };
}

/** The validator's messages about a box, the field's label first as `npm run validate` prints it. */
export function FieldProblems({ parts }: { parts: FieldParts }) {
  const { words } = useFormFields();
  if (parts.problems.length === 0) return null;
  return (
    <ul className="form-problems" id={`${parts.id}-problems`}>
      {parts.problems.map((problem, i) => (
        <li key={i} className={problem.severity === 'error' ? 'form-error' : 'form-warning'}>
          {problem.severity === 'warning' && <strong>{words.check.warning} </strong>}
          {parts.label}: <span lang="en">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function FieldHelp({ parts }: { parts: FieldParts }) {
  return parts.help ? (
    <p className="form-help" id={`${parts.id}-help`}>
      {parts.help}
    </p>
  ) : null;
}

/** A label, then the help and the messages, then the input. */
export function Field({ parts, required, children }: { parts: FieldParts; required?: boolean; children: ReactNode }) {
  const { words } = useFormFields();
  return (
    <div className="form-field" data-invalid={parts.invalid || undefined}>
      <label htmlFor={parts.id}>
        {parts.label}
        {required && <span className="form-required"> {words.required}</span>}
      </label>
      <FieldHelp parts={parts} />
      <FieldProblems parts={parts} />
      {children}
    </div>
  );
}
