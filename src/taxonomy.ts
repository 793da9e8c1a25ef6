/**
 * Every vocabulary the site uses, defined once.
 *
 * Schemas (zod enums), landing-page routes, badges, filter labels and exports are all derived
 * from these lists, so adding a category or a population here is the only change needed for it
 * to validate, get a page and show up in the finder. Ids are part of the data contract: renaming
 * one breaks existing listing files, so add new ids rather than renaming.
 *
 * Descriptions are short and plain on purpose: peers read them on a phone, coaches read them
 * aloud. Keep them person-first and free of ranking (no pathway is better than another).
 */

/** One term of a vocabulary: a stable id, a short label and a plain-language explanation. */
export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
}

/**
 * A vocabulary's terms, one per id of its id list and in the same order. Each vocabulary lists its
 * ids first, on their own, so browser code that needs only ids (the finder, the meetings page)
 * ships no labels or descriptions (those are words in a language; pages hand them over), and the
 * type check holds the terms to exactly those ids.
 */
type TermsOf<Ids extends readonly string[]> = { readonly [K in keyof Ids]: Term<Ids[K]> };

/** The four kinds of social support (SAMHSA, after Cobb and Salzer): the primary facet. */
export const SUPPORT_IDS = ['emotional', 'informational', 'instrumental', 'affiliational'] as const;
export const SUPPORT_TYPES = [
  {
    id: 'emotional',
    label: 'Emotional',
    description:
      'Someone who listens and cares: peer mentoring, peer-led groups and others who have been there, helping you feel more confident.',
  },
  {
    id: 'informational',
    label: 'Informational',
    description:
      'Knowledge and skills you can use: classes, workshops, job readiness, legal clinics and health information.',
  },
  {
    id: 'instrumental',
    label: 'Practical help',
    description:
      'Concrete help getting things done: a place to live, food, child care, rides, and help applying for services.',
  },
  {
    id: 'affiliational',
    label: 'Community and belonging',
    description:
      'Places and people to belong with: recovery centers, sober social events, sports, arts and faith communities.',
  },
] as const satisfies TermsOf<typeof SUPPORT_IDS>;

/**
 * Recovery pathways: the second facet. `all-pathways` is not a pathway of its own; it marks an
 * asset that welcomes every pathway, so it matches every pathway filter.
 */
export const PATHWAY_IDS = [
  'twelve-step',
  'faith-based',
  'spiritual',
  'secular',
  'medication-assisted',
  'cultural',
  'harm-reduction',
] as const;
export const PATHWAYS = [
  {
    id: 'twelve-step',
    label: 'Twelve-step',
    description:
      'Mutual aid groups built on the twelve steps, such as AA, NA, CA and CMA, and the family groups beside them.',
  },
  {
    id: 'faith-based',
    label: 'Faith-based',
    description:
      'Recovery rooted in a religious tradition, such as Celebrate Recovery or a congregation’s own program.',
  },
  {
    id: 'spiritual',
    label: 'Spiritual',
    description:
      'Recovery that draws on spirituality without being tied to one religion, such as meditation-based groups.',
  },
  {
    id: 'secular',
    label: 'Secular',
    description: 'Recovery without a spiritual frame, such as SMART Recovery, LifeRing or Women for Sobriety.',
  },
  {
    id: 'medication-assisted',
    label: 'Medication for opioid use disorder (MOUD)',
    description:
      'Recovery that includes medication such as buprenorphine, methadone or naltrexone. Places marked this way welcome people who take it.',
  },
  {
    id: 'cultural',
    label: 'Cultural',
    description: 'Recovery grounded in a culture’s own traditions and healing, such as Native American Wellbriety.',
  },
  {
    id: 'harm-reduction',
    label: 'Harm reduction',
    description: 'Meeting people where they are: naloxone, safer-use supplies and support for any positive change.',
  },
] as const satisfies TermsOf<typeof PATHWAY_IDS>;

/** The marker for assets that welcome every pathway. */
export const ALL_PATHWAYS = 'all-pathways' as const;

/** How `[all-pathways]` reads wherever pathways are shown: badges, lists, search. */
export const ALL_PATHWAYS_TERM: Term = {
  id: ALL_PATHWAYS,
  label: 'All pathways welcome',
  description: 'Welcomes people on every pathway to recovery.',
};

/** A listing's pathways as terms; `[all-pathways]` is the one term above. */
export function pathwayTerms(pathways: readonly string[] | undefined): Term[] {
  if (pathways?.includes(ALL_PATHWAYS)) return [ALL_PATHWAYS_TERM];
  return (pathways ?? []).flatMap((id) => PATHWAYS.find((t) => t.id === id) ?? []);
}

/** What kind of asset a listing is. Each gets a landing page at /categories/<id>/. */
export const CATEGORY_IDS = [
  'recovery-housing',
  'mutual-aid-meeting',
  'recovery-community-center',
  'peer-support',
  'treatment',
  'harm-reduction',
  'employment',
  'dental',
  'health',
  'mental-health',
  'food',
  'clothing',
  'childcare-family',
  'transportation',
  'legal-reentry',
  'education',
  'sober-social',
  'faith-community',
  'cultural',
] as const;
export const CATEGORIES = [
  {
    id: 'recovery-housing',
    label: 'Recovery housing',
    description: 'Alcohol- and drug-free homes for people in recovery, from peer-run houses to staffed residences.',
  },
  {
    id: 'mutual-aid-meeting',
    label: 'Mutual aid meetings',
    description: 'Peer-led recovery meetings, in person, online or both.',
  },
  {
    id: 'recovery-community-center',
    label: 'Recovery community centers',
    description: 'Places where recovery happens: drop-in space, peer coaching, events and connection.',
  },
  {
    id: 'peer-support',
    label: 'Peer recovery support',
    description: 'Recovery coaches and peer specialists who walk alongside you and help you find what you need.',
  },
  {
    id: 'treatment',
    label: 'Treatment',
    description: 'Outpatient, residential and medication treatment for substance use.',
  },
  {
    id: 'harm-reduction',
    label: 'Harm reduction services',
    description: 'Naloxone, syringe services, test strips and nonjudgmental health support.',
  },
  {
    id: 'employment',
    label: 'Work and employers',
    description: 'Recovery-friendly and fair-chance employers, job readiness and placement help.',
  },
  {
    id: 'dental',
    label: 'Dental care',
    description: 'Dentists and clinics offering free, sliding-scale or low-cost care.',
  },
  {
    id: 'health',
    label: 'Health care',
    description: 'Primary care, HIV and hepatitis C services, and clinics that welcome people in recovery.',
  },
  {
    id: 'mental-health',
    label: 'Mental health',
    description: 'Counseling and mental health services, including for co-occurring conditions.',
  },
  {
    id: 'food',
    label: 'Food',
    description: 'Food pantries, community meals and help signing up for food benefits.',
  },
  {
    id: 'clothing',
    label: 'Clothing',
    description: 'Free clothing, including work and interview clothes.',
  },
  {
    id: 'childcare-family',
    label: 'Child care and family',
    description: 'Child care, parenting classes and support for families.',
  },
  {
    id: 'transportation',
    label: 'Transportation',
    description: 'Rides, bus passes and help getting to appointments, work and meetings.',
  },
  {
    id: 'legal-reentry',
    label: 'Legal help and re-entry',
    description: 'Expungement, recovery courts, re-entry programs and help with records, IDs and fines.',
  },
  {
    id: 'education',
    label: 'Education',
    description: 'GED and adult education, collegiate recovery programs and skills training.',
  },
  {
    id: 'sober-social',
    label: 'Sober social life',
    description: 'Alcohol- and drug-free fun: events, sports, game nights and gatherings.',
  },
  {
    id: 'faith-community',
    label: 'Faith communities',
    description: 'Congregations and faith groups that welcome people in recovery.',
  },
  {
    id: 'cultural',
    label: 'Arts and culture',
    description: 'Music, art, theatre and cultural activities that support recovery.',
  },
] as const satisfies TermsOf<typeof CATEGORY_IDS>;

/** Groups an asset is meant for or especially welcoming to. */
export const POPULATION_IDS = [
  'women',
  'men',
  'youth',
  'young-adults',
  'seniors',
  'veterans',
  'lgbtq',
  'families',
  'pregnant-parenting',
  'reentry',
  'homeless',
  'co-occurring',
  'native',
  'spanish-speaking',
] as const;
export const POPULATIONS = [
  { id: 'women', label: 'Women', description: 'For or especially welcoming to women.' },
  { id: 'men', label: 'Men', description: 'For or especially welcoming to men.' },
  { id: 'youth', label: 'Youth', description: 'For teenagers and younger people.' },
  { id: 'young-adults', label: 'Young adults', description: 'For people roughly 18 to 30.' },
  { id: 'seniors', label: 'Older adults', description: 'For older adults.' },
  { id: 'veterans', label: 'Veterans', description: 'For people who served in the military.' },
  { id: 'lgbtq', label: 'LGBTQ+', description: 'LGBTQ+ led or affirming.' },
  { id: 'families', label: 'Families', description: 'For family members and loved ones, or whole families.' },
  {
    id: 'pregnant-parenting',
    label: 'Pregnant and parenting',
    description: 'For people who are pregnant or raising children.',
  },
  {
    id: 'reentry',
    label: 'Returning citizens',
    description: 'For people coming home from jail or prison, or with a record.',
  },
  { id: 'homeless', label: 'Without housing', description: 'For people without a stable place to live.' },
  {
    id: 'co-occurring',
    label: 'Co-occurring conditions',
    description: 'For people living with both a substance use disorder and a mental health condition.',
  },
  { id: 'native', label: 'Native and Indigenous', description: 'Led by or for Native and Indigenous people.' },
  { id: 'spanish-speaking', label: 'Spanish speakers', description: 'Para personas que hablan español.' },
] as const satisfies TermsOf<typeof POPULATION_IDS>;

/** How people take part. */
export const ATTENDANCE_IDS = ['in-person', 'online', 'hybrid', 'phone'] as const;
export const ATTENDANCE = [
  { id: 'in-person', label: 'In person', description: 'At a physical place.' },
  { id: 'online', label: 'Online', description: 'By video or online only; no physical place.' },
  { id: 'hybrid', label: 'In person and online', description: 'At a place, and you can also join online.' },
  { id: 'phone', label: 'By phone', description: 'By calling a phone line.' },
] as const satisfies TermsOf<typeof ATTENDANCE_IDS>;

/** What it costs. */
export const COST_IDS = ['free', 'sliding-scale', 'low-cost', 'insurance', 'fee'] as const;
export const COSTS = [
  { id: 'free', label: 'Free', description: 'No cost.' },
  { id: 'sliding-scale', label: 'Sliding scale', description: 'The price depends on what you can pay.' },
  { id: 'low-cost', label: 'Low cost', description: 'A small fee.' },
  { id: 'insurance', label: 'Insurance accepted', description: 'Billed to insurance, including Medicaid where noted.' },
  { id: 'fee', label: 'Fee', description: 'A regular fee or rent.' },
] as const satisfies TermsOf<typeof COST_IDS>;

/** Accessibility features of the place or the service. */
export const ACCESSIBILITY_IDS = [
  'wheelchair',
  'accessible-restroom',
  'asl',
  'hearing-loop',
  'fragrance-free',
  'large-print',
] as const;
export const ACCESSIBILITY = [
  { id: 'wheelchair', label: 'Wheelchair accessible', description: 'Step-free entrance and space to move.' },
  { id: 'accessible-restroom', label: 'Accessible restroom', description: 'A restroom usable with a wheelchair.' },
  { id: 'asl', label: 'ASL', description: 'American Sign Language interpretation available.' },
  { id: 'hearing-loop', label: 'Hearing loop', description: 'An induction loop for hearing aids.' },
  { id: 'fragrance-free', label: 'Fragrance free', description: 'A space that asks people not to wear scents.' },
  { id: 'large-print', label: 'Large print', description: 'Printed material in large type.' },
] as const satisfies TermsOf<typeof ACCESSIBILITY_IDS>;

/** Other practical features worth knowing before you go. */
export const FEATURE_IDS = [
  'childcare',
  'kid-friendly',
  'transportation-help',
  'food-provided',
  'wifi',
  'showers',
  'laundry',
  'phone-charging',
  'pets-allowed',
  'walk-in',
  'naloxone',
] as const;
export const FEATURES = [
  { id: 'childcare', label: 'Child care on site', description: 'Someone watches the children while you take part.' },
  { id: 'kid-friendly', label: 'Kids welcome', description: 'Children are welcome to come along.' },
  { id: 'transportation-help', label: 'Help with rides', description: 'Rides or bus fare can be arranged.' },
  { id: 'food-provided', label: 'Food provided', description: 'A meal or snacks are served.' },
  { id: 'wifi', label: 'Free Wi-Fi', description: 'Free wireless internet.' },
  { id: 'showers', label: 'Showers', description: 'Showers you can use.' },
  { id: 'laundry', label: 'Laundry', description: 'Washers and dryers you can use.' },
  { id: 'phone-charging', label: 'Phone charging', description: 'A place to charge your phone.' },
  { id: 'pets-allowed', label: 'Pets allowed', description: 'Pets are allowed.' },
  { id: 'walk-in', label: 'Walk-ins welcome', description: 'No appointment needed.' },
  { id: 'naloxone', label: 'Naloxone available', description: 'Free naloxone (Narcan) to take with you.' },
] as const satisfies TermsOf<typeof FEATURE_IDS>;

/** Mutual aid fellowships. Labels are the names the fellowships use for themselves. */
export const FELLOWSHIP_IDS = [
  'aa',
  'na',
  'ca',
  'cma',
  'smart',
  'recovery-dharma',
  'refuge-recovery',
  'celebrate-recovery',
  'lifering',
  'women-for-sobriety',
  'all-recovery',
  'al-anon',
  'nar-anon',
  'wellbriety',
  'other',
] as const;
export const FELLOWSHIPS = [
  { id: 'aa', label: 'Alcoholics Anonymous (AA)', description: 'Twelve-step fellowship for recovery from alcohol.' },
  { id: 'na', label: 'Narcotics Anonymous (NA)', description: 'Twelve-step fellowship for recovery from drugs.' },
  {
    id: 'ca',
    label: 'Cocaine Anonymous (CA)',
    description: 'Twelve-step fellowship for recovery from cocaine and other substances.',
  },
  {
    id: 'cma',
    label: 'Crystal Meth Anonymous (CMA)',
    description: 'Twelve-step fellowship for recovery from methamphetamine.',
  },
  { id: 'smart', label: 'SMART Recovery', description: 'Secular, science-based self-help meetings.' },
  {
    id: 'recovery-dharma',
    label: 'Recovery Dharma',
    description: 'Peer-led meetings using Buddhist-inspired practices.',
  },
  { id: 'refuge-recovery', label: 'Refuge Recovery', description: 'Buddhist-inspired recovery meetings.' },
  { id: 'celebrate-recovery', label: 'Celebrate Recovery', description: 'Christ-centered recovery program.' },
  { id: 'lifering', label: 'LifeRing', description: 'Secular, abstinence-based peer support.' },
  { id: 'women-for-sobriety', label: 'Women for Sobriety', description: 'Secular peer support for women.' },
  { id: 'all-recovery', label: 'All Recovery', description: 'Meetings open to every pathway and every substance.' },
  { id: 'al-anon', label: 'Al-Anon', description: 'For family and friends of people who drink.' },
  { id: 'nar-anon', label: 'Nar-Anon', description: 'For family and friends of people who use drugs.' },
  { id: 'wellbriety', label: 'Wellbriety', description: 'Native American recovery circles grounded in culture.' },
  { id: 'other', label: 'Other fellowship', description: 'Another peer-led group.' },
] as const satisfies TermsOf<typeof FELLOWSHIP_IDS>;

/** Whether a listing is open. `closed` listings stay in git for history but are not published. */
export const STATUS_IDS = ['active', 'temporarily-closed', 'closed'] as const;
export const STATUSES = [
  { id: 'active', label: 'Open', description: 'Operating as listed.' },
  { id: 'temporarily-closed', label: 'Temporarily closed', description: 'Closed for now; expected to reopen.' },
  { id: 'closed', label: 'Closed', description: 'No longer operating; not published.' },
] as const satisfies TermsOf<typeof STATUS_IDS>;

/** How a volunteer last confirmed the listing. */
export const VERIFIED_HOW_IDS = ['phone', 'visit', 'email', 'website', 'provider'] as const;
export const VERIFIED_HOW = [
  { id: 'phone', label: 'by phone', description: 'A volunteer called.' },
  { id: 'visit', label: 'in person', description: 'A volunteer visited.' },
  { id: 'email', label: 'by e-mail', description: 'Confirmed by e-mail.' },
  { id: 'website', label: 'from their website', description: 'Checked against their own website.' },
  { id: 'provider', label: 'by the provider', description: 'The provider updated the listing.' },
] as const satisfies TermsOf<typeof VERIFIED_HOW_IDS>;

/** Recovery housing: NARR levels of support (I to IV). */
export const NARR_LEVEL_IDS = ['1', '2', '3', '4'] as const;
export const NARR_LEVELS = [
  { id: '1', label: 'Level I (peer-run)', description: 'Democratically run by the residents, such as Oxford Houses.' },
  {
    id: '2',
    label: 'Level II (monitored)',
    description: 'A house manager or senior resident, house meetings and some structure.',
  },
  { id: '3', label: 'Level III (supervised)', description: 'Paid staff, a set schedule and life-skills support.' },
  {
    id: '4',
    label: 'Level IV (service provider)',
    description: 'Clinical services on site within a residential setting.',
  },
] as const satisfies TermsOf<typeof NARR_LEVEL_IDS>;

/** Recovery housing: who the residence is for. */
export const HOUSING_GENDER_IDS = ['men', 'women', 'any'] as const;
export const HOUSING_GENDERS = [
  { id: 'men', label: 'Men', description: 'A residence for men.' },
  { id: 'women', label: 'Women', description: 'A residence for women.' },
  { id: 'any', label: 'Any gender', description: 'Open to residents of any gender.' },
] as const satisfies TermsOf<typeof HOUSING_GENDER_IDS>;

/**
 * Recovery housing: the medication (MOUD) policy. Many residences do not accept residents who
 * take medication for opioid use disorder, so the policy is always stated, never implied.
 */
export const MOUD_POLICY_IDS = ['welcome', 'case-by-case', 'not-accepted'] as const;
export const MOUD_POLICIES = [
  {
    id: 'welcome',
    label: 'Medication welcome',
    description: 'Residents who take methadone, buprenorphine or naltrexone are welcome.',
  },
  {
    id: 'case-by-case',
    label: 'Medication case by case',
    description: 'Residents on medication are considered one by one; call to ask.',
  },
  {
    id: 'not-accepted',
    label: 'Medication not accepted',
    description: 'This residence does not accept residents who take medication for opioid use disorder.',
  },
] as const satisfies TermsOf<typeof MOUD_POLICY_IDS>;

/** Days of the week, Monday first, as written in listing files. */
export const WEEKDAY_IDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const WEEKDAYS = [
  { id: 'monday', label: 'Monday', description: 'Mon' },
  { id: 'tuesday', label: 'Tuesday', description: 'Tue' },
  { id: 'wednesday', label: 'Wednesday', description: 'Wed' },
  { id: 'thursday', label: 'Thursday', description: 'Thu' },
  { id: 'friday', label: 'Friday', description: 'Fri' },
  { id: 'saturday', label: 'Saturday', description: 'Sat' },
  { id: 'sunday', label: 'Sunday', description: 'Sun' },
] as const satisfies TermsOf<typeof WEEKDAY_IDS>;

/**
 * Which weeks of the month a session happens in, for schedules that are not weekly ("2nd
 * Saturday", "1st and 3rd Thursday", "last Friday"). The n-th week holds the n-th such weekday of
 * the month (days 1–7 are the 1st, 8–14 the 2nd …); `last` is the last such weekday, whether it
 * is the 4th or the 5th. `ordinal` is the RFC 5545 and HSDS `BYDAY` prefix. How each reads
 * ("2nd", "2.º") is a word of each language's dictionary (`time.weeksOfMonth`).
 */
export const WEEKS_OF_MONTH = [
  { id: 1, ordinal: 1 },
  { id: 2, ordinal: 2 },
  { id: 3, ordinal: 3 },
  { id: 4, ordinal: 4 },
  { id: 5, ordinal: 5 },
  { id: 'last', ordinal: -1 },
] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number]['id'];

/**
 * Parts of the day, for the meetings page's filter. Each starts at `from` (minutes after midnight,
 * local time) and runs to the next one's start; night wraps past midnight.
 */
export const TIMES_OF_DAY = [
  { id: 'morning', label: 'Morning', description: '5 AM to noon', from: 5 * 60 },
  { id: 'afternoon', label: 'Afternoon', description: 'Noon to 5 PM', from: 12 * 60 },
  { id: 'evening', label: 'Evening', description: '5 PM to 9 PM', from: 17 * 60 },
  { id: 'night', label: 'Night', description: '9 PM to 5 AM', from: 21 * 60 },
] as const satisfies readonly (Term & { from: number })[];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]['id'];

/** The part of the day a session starting `minutes` after midnight falls in. */
export function timeOfDay(minutes: number): TimeOfDay {
  const found = [...TIMES_OF_DAY].reverse().find((t) => minutes >= t.from);
  return found?.id ?? 'night';
}

export type SupportType = (typeof SUPPORT_IDS)[number];
export type Pathway = (typeof PATHWAY_IDS)[number];
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Population = (typeof POPULATION_IDS)[number];
export type Attendance = (typeof ATTENDANCE_IDS)[number];
export type Weekday = (typeof WEEKDAY_IDS)[number];
export type FellowshipId = (typeof FELLOWSHIP_IDS)[number];

/**
 * Languages the sample and common RCO data use, by BCP 47 code. Any well-formed code validates;
 * this table only gives the common ones a readable name without shipping a locale database.
 */
export const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish (Español)',
  ase: 'American Sign Language',
  ar: 'Arabic (العربية)',
  fr: 'French (Français)',
  vi: 'Vietnamese (Tiếng Việt)',
  zh: 'Chinese (中文)',
  so: 'Somali (Soomaali)',
  sw: 'Swahili (Kiswahili)',
  ne: 'Nepali (नेपाली)',
  bs: 'Bosnian (Bosanski)',
  pl: 'Polish (Polski)',
  ko: 'Korean (한국어)',
  de: 'German (Deutsch)',
};

/** Looks up a term in a vocabulary; undefined for unknown ids (the validator rejects those). */
export function termOf<T extends Term>(terms: readonly T[], id: string): T | undefined {
  return terms.find((t) => t.id === id);
}

/** The label of an id in a vocabulary, or the id itself as a last resort. */
export function labelOf(terms: readonly Term[], id: string): string {
  return termOf(terms, id)?.label ?? id;
}

/** The labels of ids in a vocabulary, in the ids' order; none for no ids. */
export function labelsOf(terms: readonly Term[], ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => labelOf(terms, id));
}

/** A fellowship's short name, for meeting rows and summaries: "AA", not "Alcoholics Anonymous (AA)". */
export function shortFellowshipLabel(id: string): string {
  const label = labelOf(FELLOWSHIPS, id);
  return /\(([^)]+)\)$/.exec(label)?.[1] ?? label;
}

/** A readable name for a BCP 47 language code. */
export function languageLabel(code: string): string {
  if (LANGUAGE_LABELS[code]) return LANGUAGE_LABELS[code];
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Listing fields a Meeting Guide type code can stand for. */
export type MeetingTypeField = 'populations' | 'accessibility' | 'features' | 'languages';

/** One meaning of a Meeting Guide type code: a value of one listing field. */
export interface MeetingTypeCode {
  readonly code: string;
  readonly field: MeetingTypeField;
  readonly value: string;
}

type Code<Id extends string> = { code: string; value: Id };
type AccessibilityId = (typeof ACCESSIBILITY_IDS)[number];
type FeatureId = (typeof FEATURE_IDS)[number];

/**
 * Meeting Guide type codes (`meeting_types`) and the listing field values they stand for, in one
 * table: "Kids welcome" (`features: [kid-friendly]`) and the type CF are the same fact said two
 * ways, so the meetings page's type filters, the Meeting Guide feed and its importer all read it
 * from here and can never disagree. The first row of a field value is the code written for it.
 */
export const MEETING_TYPE_CODES: readonly MeetingTypeCode[] = [
  ...(
    [
      { code: 'W', value: 'women' },
      { code: 'M', value: 'men' },
      { code: 'Y', value: 'young-adults' },
      { code: 'SEN', value: 'seniors' },
      // LGBTQ first: it is the code written for `lgbtq`; the narrower codes all count as LGBTQ+.
      { code: 'LGBTQ', value: 'lgbtq' },
      { code: 'G', value: 'lgbtq' },
      { code: 'L', value: 'lgbtq' },
      { code: 'T', value: 'lgbtq' },
      { code: 'BI', value: 'lgbtq' },
      { code: 'NB', value: 'lgbtq' },
      { code: 'N', value: 'native' },
      { code: 'NDG', value: 'native' },
      { code: 'DD', value: 'co-occurring' },
    ] satisfies Code<Population>[]
  ).map((row) => ({ ...row, field: 'populations' as const })),
  ...(
    [
      { code: 'X', value: 'wheelchair' },
      { code: 'XB', value: 'accessible-restroom' },
      { code: 'ASL', value: 'asl' },
      { code: 'FF', value: 'fragrance-free' },
    ] satisfies Code<AccessibilityId>[]
  ).map((row) => ({ ...row, field: 'accessibility' as const })),
  ...(
    [
      { code: 'BA', value: 'childcare' },
      { code: 'CF', value: 'kid-friendly' },
    ] satisfies Code<FeatureId>[]
  ).map((row) => ({ ...row, field: 'features' as const })),
  // Language codes of the spec, by BCP 47 code (ASL is a language and an accessibility).
  ...Object.entries({
    EN: 'en',
    S: 'es',
    ASL: 'ase',
    AF: 'af',
    AM: 'am',
    AR: 'ar',
    BG: 'bg',
    DA: 'da',
    DE: 'de',
    EL: 'el',
    FA: 'fa',
    FI: 'fi',
    FR: 'fr',
    HE: 'he',
    HI: 'hi',
    HR: 'hr',
    HU: 'hu',
    IS: 'is',
    ITA: 'it',
    JA: 'ja',
    KA: 'ka',
    KOR: 'ko',
    LT: 'lt',
    ML: 'ml',
    MT: 'mt',
    NE: 'ne',
    NL: 'nl',
    NO: 'no',
    POL: 'pl',
    POR: 'pt',
    PUN: 'pa',
    RUS: 'ru',
    SK: 'sk',
    SL: 'sl',
    SV: 'sv',
    TH: 'th',
    TL: 'tl',
    TUR: 'tr',
    UK: 'uk',
  }).map(([code, value]) => ({ code, value, field: 'languages' as const })),
];
