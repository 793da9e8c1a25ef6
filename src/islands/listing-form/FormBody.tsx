/**
 * The listing form itself: its state, the validator's check of the file it makes (as the
 * volunteer types, once the checker has loaded), the messages beside their boxes and in the
 * summary, the file while it is valid, and the ways to send it.
 *
 * A box's messages show once the volunteer has left it (or chosen in it), then follow every
 * change; "Check my listing" shows them all and moves to the summary, or to the file when there
 * is nothing to fix.
 */
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fill, plural } from '#i18n/text.ts';
import type { EditedFile } from '#lib/listing-form/check.ts';
import { fieldName, problemField, type FieldKey } from '#lib/listing-form/fields.ts';
import type { ListingFormProps } from '#lib/listing-form/page.ts';
import { formParts } from '#lib/listing-form/parts.ts';
import { lastRowId, type FormState } from '#lib/listing-form/state.ts';
import { todayIn } from '#lib/time/freshness.ts';
import type { Problem } from '#lib/validate/problem.ts';
import { FormFieldsContext, type FormFields } from './context.ts';
import { HandOver } from './HandOver.tsx';
import { InTurn } from './InTurn.tsx';
import {
  AboutSection,
  CheckedSection,
  EmployerSection,
  HousingSection,
  JoinSection,
  MeetingSection,
  PlaceSection,
  ReachSection,
  StatusSection,
  TimesSection,
  TranslationSection,
  WhoSection,
} from './Sections.tsx';
import { Summary, type PlacedProblem } from './Summary.tsx';
import { useChecker } from './use-checker.ts';
import { useTakenBy } from './use-taken-by.ts';

interface Props {
  settings: ListingFormProps;
  initial: FormState;
  /** The file being edited; none for a new listing. */
  edited?: EditedFile | undefined;
}

const NO_PROBLEMS: readonly Problem[] = [];

export function FormBody({ settings, initial, edited }: Props) {
  const { words, mode, site, choices, locale } = settings;
  const [state, setState] = useState(initial);
  const update = useCallback((changes: Partial<FormState>) => setState((s) => ({ ...s, ...changes })), []);
  const lastId = useRef(lastRowId(initial));
  const nextId = useCallback(() => ++lastId.current, []);
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(() => new Set());
  // How many times "Check" was pressed: each press draws the form again, so focus can move after it.
  const [checks, setChecks] = useState(0);
  const checked = checks > 0;
  // The press whose result has had the focus moved to it.
  const focusedFor = useRef(0);
  const [announcement, setAnnouncement] = useState('');
  const fileBox = useRef<HTMLPreElement>(null);
  const languages = useMemo(() => settings.translations.map((t) => t.code), [settings.translations]);

  const { checker, failed } = useChecker(mode === 'edit');
  // Typing stays quick on a slow phone: the check follows the boxes a moment later if it must.
  const typed = useDeferredValue(state);
  const autoSlug = checker ? checker.slugOf({ ...typed, slug: '' }) : '';
  const slug = state.slug || autoSlug;
  const takenBy = useTakenBy(mode === 'new' ? slug : '', settings.dataUrl, settings.dataFiles);
  const today = useMemo(() => todayIn(site.timezone), [site.timezone]);
  const result = useMemo(
    () => checker?.checkForm(typed, { site, today, edited, takenBy }),
    [checker, typed, site, today, edited, takenBy],
  );

  /** A box's label, with its row or language when the label alone would not say which box. */
  const labelOf = useCallback(
    (key: FieldKey | undefined, field: string): string => {
      if (!key) return field;
      const label = (words.labels as Record<string, string>)[fieldName(key)] ?? field;
      const [list, id] = key.split('.');
      const row = (rows: readonly { id: number }[], template: string) =>
        `${fill(template, { n: rows.findIndex((r) => String(r.id) === id) + 1 })}, ${label.toLowerCase()}`;
      if (list === 'hours' && id) return row(typed.hours, words.rows.hoursRow);
      if (list === 'schedule' && id) return row(typed.schedule, words.rows.sessionRow);
      if (list === 'event_dates' && id) return row(typed.event_dates, words.rows.dateRow);
      if (list === 'translations' && id) {
        return `${settings.translations.find((t) => t.code === id)?.name ?? id}, ${label.toLowerCase()}`;
      }
      return label;
    },
    [words, typed, settings.translations],
  );

  const placed: PlacedProblem[] = useMemo(
    () =>
      (result?.problems ?? []).map((problem) => {
        const key = problemField(problem, result!.rows, languages);
        return { problem, key, label: labelOf(key, problem.field) };
      }),
    [result, languages, labelOf],
  );

  const fields: FormFields = useMemo(
    () => ({
      words,
      problemsOf: (key) => {
        if (!checked && !touched.has(key)) return NO_PROBLEMS;
        const mine = placed.filter((p) => p.key === key).map((p) => p.problem);
        return mine.length > 0 ? mine : NO_PROBLEMS;
      },
      touch: (key) => setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key))),
    }),
    [words, checked, touched, placed],
  );

  const errors = placed.filter((p) => p.problem.severity === 'error');
  const warnings = placed.filter((p) => p.problem.severity === 'warning');
  const parts = formParts(state);

  const onSubmit = (event: Pick<Event, 'preventDefault'>) => {
    event.preventDefault();
    setChecks((n) => n + 1);
  };
  // The focus moves to the summary (or the file) once the result is about what is in the boxes
  // now: the checker may still be loading (it loads as the volunteer first reaches for the page),
  // and the check trails the boxes by a render when typing is quick (useDeferredValue), so a
  // result from a moment ago could send the focus to the wrong place. The press is read from the
  // render (not from a flag the handler sets): an effect of a render from before the press, run
  // just as the press is handled, would otherwise spend it while the summary is not yet drawn.
  // A layout effect: Preact runs plain effects after the next frame, when the volunteer may
  // already be typing in a box that the focus would then leave.
  useLayoutEffect(() => {
    if (checks === focusedFor.current || !result || typed !== state) return;
    focusedFor.current = checks;
    document.getElementById(result.valid && errors.length === 0 ? 'form-file-h' : 'form-summary')?.focus();
  }, [checks, result, errors, typed, state]);

  return (
    <FormFieldsContext value={fields}>
      <form
        className="listing-form"
        noValidate
        onSubmit={onSubmit}
        data-checker-ready={checker ? '' : undefined}
        data-valid={result?.valid ? '' : undefined}
      >
        {checked && result && (
          <Summary
            errors={errors}
            warnings={warnings}
            locale={locale}
            translated={settings.lang !== 'en'}
            fitChecked={result.fitChecked}
          />
        )}
        {failed && (
          <p className="notice" role="alert">
            {words.status.failed}
          </p>
        )}
        <AboutSection
          state={state}
          update={update}
          choices={choices}
          slug={{
            value: mode === 'new' ? slug : initial.slug,
            editable: mode === 'new',
            onChange: (value) => update({ slug: value }),
          }}
        />
        <InTurn>
          <PlaceSection state={state} update={update} choices={choices} parts={parts} map={settings.map} />
        </InTurn>
        <InTurn>
          <ReachSection state={state} update={update} choices={choices} />
        </InTurn>
        {parts.join && (
          <InTurn>
            <JoinSection state={state} update={update} choices={choices} />
          </InTurn>
        )}
        <InTurn>
          <TimesSection state={state} update={update} choices={choices} nextId={nextId} announce={setAnnouncement} />
        </InTurn>
        <InTurn>
          <WhoSection state={state} update={update} choices={choices} />
        </InTurn>
        {parts.meeting && (
          <InTurn>
            <MeetingSection state={state} update={update} choices={choices} />
          </InTurn>
        )}
        {parts.housing && (
          <InTurn>
            <HousingSection state={state} update={update} choices={choices} />
          </InTurn>
        )}
        {parts.employer && (
          <InTurn>
            <EmployerSection state={state} update={update} choices={choices} />
          </InTurn>
        )}
        {settings.translations.map(({ code, name }) => (
          <InTurn key={code}>
            <TranslationSection state={state} update={update} choices={choices} code={code} name={name} />
          </InTurn>
        ))}
        <InTurn>
          <StatusSection state={state} update={update} choices={choices} parts={parts} />
        </InTurn>
        <InTurn>
          <CheckedSection state={state} update={update} choices={choices} />
        </InTurn>
        <div className="form-check-bar">
          <button type="submit" className="button">
            {words.check.button}
          </button>
          <p className="form-status" role="status">
            {checked && result
              ? errors.length > 0
                ? plural(locale, words.check.count, errors.length)
                : words.check.allGood
              : ''}
          </p>
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </form>
      <section className="form-file" aria-labelledby="form-file-h">
        <h2 id="form-file-h" tabIndex={-1}>
          {words.file.heading}
        </h2>
        {result?.valid ? (
          <>
            {edited?.text === result.text && <p className="notice">{words.file.unchanged}</p>}
            <p className="form-help">{words.file.lede}</p>
            <p className="form-help">{fill(words.file.name, { file: result.file })}</p>
            <pre className="form-file-text" data-listing-file ref={fileBox} tabIndex={0} aria-labelledby="form-file-h">
              {result.text}
            </pre>
            <HandOver
              mode={mode}
              result={result}
              repository={settings.repository}
              host={settings.host}
              contactEmail={settings.contactEmail}
              name={typed.name.trim()}
              fileBox={() => fileBox.current}
            />
          </>
        ) : (
          <p>{words.file.notYet}</p>
        )}
      </section>
    </FormFieldsContext>
  );
}
