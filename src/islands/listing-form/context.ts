/**
 * What every box of the listing form needs from the form around it: the words, the problems the
 * validator found about the box (once they are to be shown), and a way to say the volunteer has
 * been in the box, after which its problems show as they are fixed or made.
 */
import { createContext, useContext } from 'react';
import type { FieldKey } from '#lib/listing-form/fields.ts';
import type { FormWords } from '#lib/listing-form/page.ts';
import type { Problem } from '#lib/validate/problem.ts';

export interface FormFields {
  words: FormWords;
  /** The problems about a box that are to be shown now: after it was left, or after "Check". */
  problemsOf: (key: FieldKey) => readonly Problem[];
  /** The volunteer left (or chose in) a box: its problems show from now on. */
  touch: (key: FieldKey) => void;
}

export const FormFieldsContext = createContext<FormFields | null>(null);

export function useFormFields(): FormFields {
  const fields = useContext(FormFieldsContext);
  if (!fields) throw new Error('A box of the listing form is used outside the form.');
  return fields;
}
