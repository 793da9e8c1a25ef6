/**
 * The kinds of box the listing form is made of: text (one line or several), a list to choose one
 * from, a group of boxes to tick, and a group of choices of which one. Every value is text the
 * volunteer typed or an id from the page's choices: Preact sets it as text, never as markup.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldKey } from '#lib/listing-form/fields.ts';
import type { Choice } from '#lib/listing-form/page.ts';
import { Field, FieldHelp, FieldProblems, useField } from './Field.tsx';
import { useFormFields } from './context.ts';

type TextProps = {
  fieldKey: FieldKey;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** Several lines (the description). */
  rows?: number;
  /** Extra attributes of the input: type, autocomplete, inputmode, spellcheck… */
  input?: InputHTMLAttributes<HTMLInputElement>;
  /** False: the help is left out (a row's boxes share the row's). */
  help?: boolean;
  /** The language of the text typed, when it is not the page's (a translation). */
  lang?: string;
  /** Called when the box is left, after its problems are set to show. */
  onBlur?: () => void;
};

export function TextField({ fieldKey, value, onChange, required, rows, input, help, lang, onBlur }: TextProps) {
  const parts = useField(fieldKey, { help });
  const common = {
    id: parts.id,
    value,
    lang,
    'aria-describedby': parts.describedBy,
    'aria-invalid': parts.invalid || undefined,
    'aria-required': required || undefined,
    onBlur: () => {
      parts.touch();
      onBlur?.();
    },
  };
  return (
    <Field parts={parts} required={required}>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input type="text" {...input} {...common} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
    </Field>
  );
}

type SelectProps = {
  fieldKey: FieldKey;
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  required?: boolean;
  help?: boolean;
};

export function SelectField({ fieldKey, value, onChange, choices, required, help }: SelectProps) {
  const parts = useField(fieldKey, { help });
  const { words } = useFormFields();
  return (
    <Field parts={parts} required={required}>
      <select
        id={parts.id}
        value={value}
        aria-describedby={parts.describedBy}
        aria-invalid={parts.invalid || undefined}
        aria-required={required || undefined}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          parts.touch();
        }}
        onBlur={parts.touch}
      >
        <option value="">{words.choose}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type GroupProps = {
  fieldKey: FieldKey;
  choices: readonly Choice[];
  required?: boolean;
  /** Shown in columns on wide screens (long lists), or side by side (short words). */
  columns?: boolean;
  inline?: boolean;
  /** False: the help is left out (a row's boxes share the row's). */
  help?: boolean;
};

/**
 * A group of boxes in a fieldset: its legend is the label, its help and messages describe the
 * group. The group's id is on the fieldset (focusable by script only), so a link to the problem
 * lands on the whole group.
 */
function Group({
  fieldKey,
  required,
  columns,
  inline,
  help,
  children,
}: Omit<GroupProps, 'choices'> & { children: (parts: ReturnType<typeof useField>) => ReactNode }) {
  const parts = useField(fieldKey, { help });
  const { words } = useFormFields();
  return (
    <fieldset
      className="form-group"
      id={parts.id}
      tabIndex={-1}
      aria-describedby={parts.describedBy}
      data-invalid={parts.invalid || undefined}
    >
      <legend>
        {parts.label}
        {required && <span className="form-required"> {words.required}</span>}
      </legend>
      <FieldHelp parts={parts} />
      <FieldProblems parts={parts} />
      <div className={`form-choices${columns ? ' columns' : ''}${inline ? ' inline' : ''}`}>{children(parts)}</div>
    </fieldset>
  );
}

export function CheckGroup({
  values,
  onChange,
  ...props
}: GroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) {
  return (
    <Group {...props}>
      {(parts) =>
        props.choices.map((choice) => {
          const id = `${parts.id}-${choice.id}`;
          const checked = values.includes(choice.id);
          return (
            <div className="form-choice" key={choice.id}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                aria-invalid={parts.invalid || undefined}
                onChange={() => {
                  // Ticked ids keep their order: a file's own order survives an edit.
                  onChange(checked ? values.filter((v) => v !== choice.id) : [...values, choice.id]);
                  parts.touch();
                }}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })
      }
    </Group>
  );
}

export function RadioGroup({
  value,
  onChange,
  ...props
}: GroupProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Group {...props}>
      {(parts) =>
        props.choices.map((choice) => {
          const id = `${parts.id}-${choice.id}`;
          return (
            <div className="form-choice" key={choice.id}>
              <input
                type="radio"
                id={id}
                name={parts.id}
                value={choice.id}
                checked={value === choice.id}
                aria-invalid={parts.invalid || undefined}
                onChange={() => {
                  onChange(choice.id);
                  parts.touch();
                }}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })
      }
    </Group>
  );
}

/** One box to tick on its own (the address is private). */
export function CheckBox({
  fieldKey,
  checked,
  onChange,
}: {
  fieldKey: FieldKey;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const parts = useField(fieldKey);
  return (
    <div className="form-field form-check" data-invalid={parts.invalid || undefined}>
      <FieldProblems parts={parts} />
      <div className="form-choice">
        <input
          type="checkbox"
          id={parts.id}
          checked={checked}
          aria-describedby={parts.describedBy}
          aria-invalid={parts.invalid || undefined}
          onChange={(e) => {
            onChange(e.currentTarget.checked);
            parts.touch();
          }}
        />
        <label htmlFor={parts.id}>{parts.label}</label>
      </div>
      <FieldHelp parts={parts} />
    </div>
  );
}
