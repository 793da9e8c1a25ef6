/**
 * The parts of the listing form, each a section with its heading, in the order a volunteer
 * thinks of a place: what it is, where, how to reach it, when, who it is for, then the details
 * of meetings, homes and employers, the other languages, and how they know.
 */
import type { ReactNode } from 'react';
import { fill } from '#i18n/text.ts';
import type { FormChoices, MapSettings } from '#lib/listing-form/page.ts';
import type { FormParts } from '#lib/listing-form/parts.ts';
import type { FormState } from '#lib/listing-form/state.ts';
import { useFormFields } from './context.ts';
import { CheckBox, CheckGroup, RadioGroup, SelectField, TextField } from './inputs.tsx';
import { PlaceFields } from './PlaceFields.tsx';
import { DateRows, HoursRows, ScheduleRows } from './Rows.tsx';

export interface SectionProps {
  state: FormState;
  update: (changes: Partial<FormState>) => void;
  choices: FormChoices;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** Inputs for web and phone details: no spelling fixes, the right phone keyboard. */
const url = { type: 'url', spellcheck: false, autoComplete: 'url', inputMode: 'url' } as const;
const tel = { type: 'tel', autoComplete: 'tel' } as const;

export function AboutSection({
  state,
  update,
  choices,
  slug,
}: SectionProps & { slug: { value: string; editable: boolean; onChange: (slug: string) => void } }) {
  const { words } = useFormFields();
  return (
    <Section id="form-about" title={words.sections.about}>
      <TextField fieldKey="name" value={state.name} onChange={(name) => update({ name })} required />
      {slug.editable ? (
        <TextField
          fieldKey="slug"
          value={slug.value}
          onChange={slug.onChange}
          input={{ spellcheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
        />
      ) : (
        <p className="form-fixed">
          {words.labels.slug}: <code>{slug.value}</code>
        </p>
      )}
      <SelectField
        fieldKey="category"
        value={state.category}
        choices={choices.category}
        onChange={(category) => update({ category })}
        required
      />
      <CheckGroup
        fieldKey="support"
        choices={choices.support}
        values={state.support}
        onChange={(support) => update({ support })}
        required
      />
      <TextField fieldKey="summary" value={state.summary} onChange={(summary) => update({ summary })} />
      <TextField
        fieldKey="description"
        value={state.description}
        onChange={(description) => update({ description })}
        rows={5}
      />
      <CheckGroup
        fieldKey="pathways"
        choices={choices.pathways}
        values={state.pathways}
        onChange={(pathways) => update({ pathways })}
        columns
      />
    </Section>
  );
}

export function PlaceSection({
  state,
  update,
  choices,
  parts,
  map,
}: SectionProps & { parts: FormParts; map: MapSettings }) {
  const { words } = useFormFields();
  return (
    <Section id="form-place" title={words.sections.place}>
      <RadioGroup
        fieldKey="attendance"
        choices={choices.attendance}
        value={state.attendance}
        onChange={(attendance) => update({ attendance })}
      />
      {parts.place && <PlaceFields state={state} update={update} map={map} />}
    </Section>
  );
}

export function ReachSection({ state, update }: SectionProps) {
  const { words } = useFormFields();
  return (
    <Section id="form-reach" title={words.sections.reach}>
      <TextField fieldKey="phone" value={state.phone} onChange={(phone) => update({ phone })} input={tel} />
      <TextField fieldKey="sms" value={state.sms} onChange={(sms) => update({ sms })} input={tel} />
      <TextField
        fieldKey="email"
        value={state.email}
        onChange={(email) => update({ email })}
        input={{ type: 'email', spellcheck: false, autoComplete: 'email' }}
      />
      <TextField fieldKey="website" value={state.website} onChange={(website) => update({ website })} input={url} />
    </Section>
  );
}

export function JoinSection({ state, update }: SectionProps) {
  const { words } = useFormFields();
  return (
    <Section id="form-join" title={words.sections.join}>
      <TextField
        fieldKey="conference_url"
        value={state.conference_url}
        onChange={(conference_url) => update({ conference_url })}
        input={url}
      />
      <TextField
        fieldKey="conference_phone"
        value={state.conference_phone}
        onChange={(conference_phone) => update({ conference_phone })}
        input={tel}
      />
      <TextField
        fieldKey="conference_notes"
        value={state.conference_notes}
        onChange={(conference_notes) => update({ conference_notes })}
      />
    </Section>
  );
}

export function TimesSection({
  state,
  update,
  choices,
  nextId,
  announce,
}: SectionProps & { nextId: () => number; announce: (text: string) => void }) {
  const { words } = useFormFields();
  return (
    <Section id="form-times" title={words.sections.times}>
      <HoursRows
        rows={state.hours}
        onChange={(hours) => update({ hours })}
        weekdays={choices.weekdays}
        nextId={nextId}
        announce={announce}
      />
      <ScheduleRows
        rows={state.schedule}
        onChange={(schedule) => update({ schedule })}
        weekdays={choices.weekdays}
        weeks={choices.weeks}
        nextId={nextId}
        announce={announce}
      />
      <DateRows
        rows={state.event_dates}
        onChange={(event_dates) => update({ event_dates })}
        nextId={nextId}
        announce={announce}
      />
      <TextField
        fieldKey="timezone"
        value={state.timezone}
        onChange={(timezone) => update({ timezone })}
        input={{ spellcheck: false, autoComplete: 'off' }}
      />
    </Section>
  );
}

export function WhoSection({ state, update, choices }: SectionProps) {
  const { words } = useFormFields();
  return (
    <Section id="form-who" title={words.sections.who}>
      <CheckGroup
        fieldKey="populations"
        choices={choices.populations}
        values={state.populations}
        onChange={(populations) => update({ populations })}
        columns
      />
      <CheckGroup
        fieldKey="languages"
        choices={choices.languages}
        values={state.languages}
        onChange={(languages) => update({ languages })}
        columns
      />
      <SelectField fieldKey="cost" value={state.cost} choices={choices.cost} onChange={(cost) => update({ cost })} />
      <CheckGroup
        fieldKey="accessibility"
        choices={choices.accessibility}
        values={state.accessibility}
        onChange={(accessibility) => update({ accessibility })}
        columns
      />
      <CheckGroup
        fieldKey="features"
        choices={choices.features}
        values={state.features}
        onChange={(features) => update({ features })}
        columns
      />
    </Section>
  );
}

export function MeetingSection({ state, update, choices }: SectionProps) {
  const { words } = useFormFields();
  return (
    <Section id="form-meeting" title={words.sections.meeting}>
      <SelectField
        fieldKey="fellowship"
        value={state.fellowship}
        choices={choices.fellowship}
        onChange={(fellowship) => update({ fellowship })}
      />
      <CheckBox
        fieldKey="by_appointment"
        checked={state.by_appointment}
        onChange={(by_appointment) => update({ by_appointment })}
      />
      <CheckGroup
        fieldKey="meeting_types"
        choices={choices.meeting_types}
        values={state.meeting_types}
        onChange={(meeting_types) => update({ meeting_types })}
        columns
      />
    </Section>
  );
}

export function HousingSection({ state, update, choices }: SectionProps) {
  const { words } = useFormFields();
  const set = (changes: Partial<FormState['housing']>) => update({ housing: { ...state.housing, ...changes } });
  return (
    <Section id="form-housing" title={words.sections.housing}>
      <RadioGroup
        fieldKey="housing.moud"
        choices={choices.moud}
        value={state.housing.moud}
        onChange={(moud) => set({ moud })}
        required
      />
      <SelectField
        fieldKey="housing.narr_level"
        value={state.housing.narr_level}
        choices={choices.narr_level}
        onChange={(narr_level) => set({ narr_level })}
      />
      <SelectField
        fieldKey="housing.gender"
        value={state.housing.gender}
        choices={choices.gender}
        onChange={(gender) => set({ gender })}
      />
      <TextField
        fieldKey="housing.beds"
        value={state.housing.beds}
        onChange={(beds) => set({ beds })}
        input={{ inputMode: 'numeric' }}
      />
    </Section>
  );
}

export function EmployerSection({ state, update }: SectionProps) {
  const { words } = useFormFields();
  const set = (changes: Partial<FormState['employer']>) => update({ employer: { ...state.employer, ...changes } });
  return (
    <Section id="form-employer" title={words.sections.employer}>
      <RadioGroup
        fieldKey="employer.fair_chance"
        choices={[
          { id: 'true', label: words.yes },
          { id: 'false', label: words.no },
          { id: '', label: words.notSaid },
        ]}
        value={state.employer.fair_chance}
        onChange={(fair_chance) => set({ fair_chance })}
      />
      <TextField
        fieldKey="employer.industries"
        value={state.employer.industries}
        onChange={(industries) => set({ industries })}
        rows={3}
      />
    </Section>
  );
}

export function TranslationSection({ state, update, code, name }: SectionProps & { code: string; name: string }) {
  const { words } = useFormFields();
  const own = state.translations[code] ?? { name: '', summary: '', description: '' };
  const set = (changes: Partial<typeof own>) =>
    update({ translations: { ...state.translations, [code]: { ...own, ...changes } } });
  return (
    <section className="form-section" aria-labelledby={`form-${code}-h`}>
      <h2 id={`form-${code}-h`}>{fill(words.sections.translation, { language: name })}</h2>
      <p className="form-help">{words.sections.translationLede}</p>
      {/* The boxes hold text in that language: spelling checks and screen readers follow it. */}
      <TextField
        fieldKey={`translations.${code}.name`}
        value={own.name}
        onChange={(n) => set({ name: n })}
        lang={code}
      />
      <TextField
        fieldKey={`translations.${code}.summary`}
        value={own.summary}
        onChange={(summary) => set({ summary })}
        lang={code}
      />
      <TextField
        fieldKey={`translations.${code}.description`}
        value={own.description}
        onChange={(description) => set({ description })}
        rows={4}
        lang={code}
      />
    </section>
  );
}

export function StatusSection({ state, update, choices, parts }: SectionProps & { parts: FormParts }) {
  const { words } = useFormFields();
  return (
    <Section id="form-status" title={words.sections.status}>
      <RadioGroup
        fieldKey="status"
        choices={choices.status}
        value={state.status}
        onChange={(status) => update({ status })}
      />
      {parts.statusNote && (
        <TextField
          fieldKey="status_note"
          value={state.status_note}
          onChange={(status_note) => update({ status_note })}
        />
      )}
    </Section>
  );
}

export function CheckedSection({ state, update, choices }: SectionProps) {
  const { words } = useFormFields();
  return (
    <Section id="form-checked" title={words.sections.checked}>
      <TextField
        fieldKey="last_verified"
        value={state.last_verified}
        onChange={(last_verified) => update({ last_verified })}
        input={{ type: 'date' }}
        required
      />
      <SelectField
        fieldKey="verified_how"
        value={state.verified_how}
        choices={choices.verified_how}
        onChange={(verified_how) => update({ verified_how })}
      />
    </Section>
  );
}
