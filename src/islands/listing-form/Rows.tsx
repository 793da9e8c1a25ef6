/**
 * Rows the volunteer adds and removes: opening hours, meeting or event times, and dates. Each row
 * is a fieldset named by its number ("Time 2"), with a button to remove it named the same way,
 * so a screen reader says which row a button is about. A row added gets its first box focused;
 * a row removed hands focus to the add button, and a polite line says what happened.
 */
import type { ReactNode } from 'react';
import { fill } from '#i18n/text.ts';
import { fieldId, type FieldKey } from '#lib/listing-form/fields.ts';
import type { Choice } from '#lib/listing-form/page.ts';
import type { DateRow, HoursRow, SessionRow } from '#lib/listing-form/state.ts';
import { useField, FieldHelp, FieldProblems } from './Field.tsx';
import { useFormFields } from './context.ts';
import { CheckGroup, SelectField, TextField } from './inputs.tsx';
import { useFocusAfterRender } from './use-after-render.ts';

interface Words {
  add: string;
  remove: string;
  row: string;
}

interface RowsProps<Row extends { id: number }> {
  /** The list's key: 'hours', 'schedule' or 'event_dates'. */
  list: 'hours' | 'schedule' | 'event_dates';
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** A new, empty row with this id. */
  blank: (id: number) => Row;
  nextId: () => number;
  /** The box a new row's focus goes to, by the row's id. */
  firstBox: (id: number) => FieldKey;
  words: Words;
  announce: (text: string) => void;
  children: (row: Row, update: (changes: Partial<Row>) => void) => ReactNode;
}

function RowList<Row extends { id: number }>(props: RowsProps<Row>) {
  const { list, rows, onChange, words, announce } = props;
  const said = useFormFields().words.rows;
  const focusLater = useFocusAfterRender();
  const parts = useField(list);
  const addId = `${fieldId(list)}-add`;
  return (
    <fieldset className="form-rows" id={parts.id} tabIndex={-1} aria-describedby={parts.describedBy}>
      <legend>{parts.label}</legend>
      <FieldHelp parts={parts} />
      <FieldProblems parts={parts} />
      {rows.map((row, i) => {
        const label = fill(words.row, { n: i + 1 });
        return (
          <fieldset className="form-row" key={row.id}>
            <legend>{label}</legend>
            {props.children(row, (changes) => onChange(rows.map((r) => (r.id === row.id ? { ...r, ...changes } : r))))}
            <button
              type="button"
              className="button secondary form-remove"
              onClick={() => {
                onChange(rows.filter((r) => r.id !== row.id));
                focusLater(addId);
                announce(said.removed);
              }}
            >
              {fill(words.remove, { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button secondary"
        id={addId}
        onClick={() => {
          const id = props.nextId();
          onChange([...rows, props.blank(id)]);
          focusLater(fieldId(props.firstBox(id)));
          announce(fill(said.added, { row: fill(words.row, { n: rows.length + 1 }) }));
        }}
      >
        {words.add}
      </button>
    </fieldset>
  );
}

type ListProps<Row extends { id: number }> = {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  nextId: () => number;
  announce: (text: string) => void;
};

const timeInput = { type: 'time' } as const;

export function HoursRows({ weekdays, ...props }: ListProps<HoursRow> & { weekdays: readonly Choice[] }) {
  const { words } = useFormFields();
  return (
    <RowList
      list="hours"
      {...props}
      blank={(id) => ({ id, days: [], opens: '', closes: '' })}
      firstBox={(id) => `hours.${id}.days`}
      words={{ add: words.rows.addHours, remove: words.rows.removeHours, row: words.rows.hoursRow }}
    >
      {(row, update) => (
        <>
          <CheckGroup
            fieldKey={`hours.${row.id}.days`}
            choices={weekdays}
            values={row.days}
            onChange={(days) => update({ days })}
            help={false}
            inline
          />
          <div className="form-pair">
            <TextField
              fieldKey={`hours.${row.id}.opens`}
              value={row.opens}
              onChange={(opens) => update({ opens })}
              input={timeInput}
              help={false}
            />
            <TextField
              fieldKey={`hours.${row.id}.closes`}
              value={row.closes}
              onChange={(closes) => update({ closes })}
              input={timeInput}
            />
          </div>
        </>
      )}
    </RowList>
  );
}

export function ScheduleRows({
  weekdays,
  weeks,
  ...props
}: ListProps<SessionRow> & { weekdays: readonly Choice[]; weeks: readonly Choice[] }) {
  const { words } = useFormFields();
  return (
    <RowList
      list="schedule"
      {...props}
      blank={(id) => ({ id, day: '', start: '', end: '', note: '', weeks: [], every_other_week_from: '' })}
      firstBox={(id) => `schedule.${id}.day`}
      words={{ add: words.rows.addSession, remove: words.rows.removeSession, row: words.rows.sessionRow }}
    >
      {(row, update) => (
        <>
          <SelectField
            fieldKey={`schedule.${row.id}.day`}
            value={row.day}
            choices={weekdays}
            onChange={(day) => update({ day })}
            help={false}
          />
          <div className="form-pair">
            <TextField
              fieldKey={`schedule.${row.id}.start`}
              value={row.start}
              onChange={(start) => update({ start })}
              input={timeInput}
              help={false}
            />
            <TextField
              fieldKey={`schedule.${row.id}.end`}
              value={row.end}
              onChange={(end) => update({ end })}
              input={timeInput}
            />
          </div>
          <TextField fieldKey={`schedule.${row.id}.note`} value={row.note} onChange={(note) => update({ note })} />
          <CheckGroup
            fieldKey={`schedule.${row.id}.weeks`}
            choices={weeks}
            values={row.weeks}
            onChange={(weeks) => update({ weeks })}
            inline
          />
          <TextField
            fieldKey={`schedule.${row.id}.every_other_week_from`}
            value={row.every_other_week_from}
            onChange={(every_other_week_from) => update({ every_other_week_from })}
            input={{ type: 'date' }}
          />
        </>
      )}
    </RowList>
  );
}

export function DateRows(props: ListProps<DateRow>) {
  const { words } = useFormFields();
  return (
    <RowList
      list="event_dates"
      {...props}
      blank={(id) => ({ id, date: '' })}
      firstBox={(id) => `event_dates.${id}`}
      words={{ add: words.rows.addDate, remove: words.rows.removeDate, row: words.rows.dateRow }}
    >
      {(row, update) => (
        <TextField
          fieldKey={`event_dates.${row.id}`}
          value={row.date}
          onChange={(date) => update({ date })}
          input={{ type: 'date' }}
          help={false}
        />
      )}
    </RowList>
  );
}
