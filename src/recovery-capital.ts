/**
 * The recovery capital check-in's statements, defined once, beside the taxonomy: each statement's
 * id, the part of life it belongs to, and the kinds of local assets that can help grow it.
 *
 * The statements cover the areas of the paper self-check peer recovery coaches use (adapted from
 * William White's recovery capital work): home, the people around a person, work, health, daily
 * needs, recovery supports, legal matters, purpose and community. Their words live in each
 * language's dictionary (`dictionaries/<lang>/capital.ts`); this file holds ids only, so the
 * page's script can match assets without shipping any words.
 *
 * Each statement points to listing categories, and where it fits, to a pathway or a population.
 * Matching is the finder's own (OR within a facet, AND across facets), so the assets a statement
 * shows are exactly what the finder shows for `/find/?category=…&pathway=…`.
 */
import type { CategoryId, Pathway, Population, SupportType } from '#taxonomy';

/** The parts of life the statements are grouped under, in page order. */
export const CAPITAL_AREA_IDS = ['home', 'people', 'health', 'recovery', 'purpose'] as const;
export type CapitalArea = (typeof CAPITAL_AREA_IDS)[number];

/**
 * Every statement. A share link carries one digit per statement in this order, so a new statement
 * goes at the end (the page still shows it under its area) and ids are never renamed or removed.
 */
export const CAPITAL_STATEMENT_IDS = [
  'sober-home',
  'income',
  'meals',
  'clothes',
  'legal',
  'partner',
  'family',
  'friends',
  'peers',
  'mentor',
  'mentoring',
  'physical-health',
  'mental-health',
  'mental-health-plan',
  'mental-health-medication',
  'craving-medication',
  'recovery-plan',
  'groups-nearby',
  'groups-regular',
  'daily-practice',
  'goals',
  'community',
  'service',
] as const;
export type CapitalStatementId = (typeof CAPITAL_STATEMENT_IDS)[number];

/** What a statement is about, and which local assets can help with it. */
export interface CapitalStatement {
  readonly id: CapitalStatementId;
  /** The part of life it belongs to (its heading on the page). */
  readonly area: CapitalArea;
  /** Listing categories that help with it: at least one. The finder's `category=` values. */
  readonly categories: readonly CategoryId[];
  /** Narrows the categories to a pathway (the finder's `pathway=`), where only one fits. */
  readonly pathways?: readonly Pathway[];
  /** Narrows them to a population (the finder's `population=`). */
  readonly populations?: readonly Population[];
  /** Narrows them to a kind of support (the finder's `support=`). */
  readonly support?: readonly SupportType[];
}

type StatementsOf<Ids extends readonly string[]> = { readonly [K in keyof Ids]: CapitalStatement & { id: Ids[K] } };

export const CAPITAL_STATEMENTS = [
  { id: 'sober-home', area: 'home', categories: ['recovery-housing'] },
  { id: 'income', area: 'home', categories: ['employment', 'education'] },
  { id: 'meals', area: 'home', categories: ['food'] },
  { id: 'clothes', area: 'home', categories: ['clothing'] },
  { id: 'legal', area: 'home', categories: ['legal-reentry'] },
  { id: 'partner', area: 'people', categories: ['mental-health', 'peer-support', 'childcare-family'] },
  { id: 'family', area: 'people', categories: ['childcare-family', 'mutual-aid-meeting', 'mental-health'] },
  { id: 'friends', area: 'people', categories: ['sober-social', 'recovery-community-center'] },
  { id: 'peers', area: 'people', categories: ['recovery-community-center', 'mutual-aid-meeting', 'sober-social'] },
  { id: 'mentor', area: 'people', categories: ['peer-support', 'mutual-aid-meeting'] },
  { id: 'mentoring', area: 'people', categories: ['recovery-community-center', 'peer-support'] },
  { id: 'physical-health', area: 'health', categories: ['health', 'dental'] },
  { id: 'mental-health', area: 'health', categories: ['mental-health', 'peer-support'] },
  { id: 'mental-health-plan', area: 'health', categories: ['mental-health'] },
  { id: 'mental-health-medication', area: 'health', categories: ['mental-health', 'health'] },
  { id: 'craving-medication', area: 'health', categories: ['treatment'], pathways: ['medication-assisted'] },
  { id: 'recovery-plan', area: 'recovery', categories: ['peer-support', 'recovery-community-center'] },
  { id: 'groups-nearby', area: 'recovery', categories: ['mutual-aid-meeting', 'transportation'] },
  { id: 'groups-regular', area: 'recovery', categories: ['mutual-aid-meeting', 'recovery-community-center'] },
  { id: 'daily-practice', area: 'recovery', categories: ['faith-community', 'cultural', 'recovery-community-center'] },
  { id: 'goals', area: 'purpose', categories: ['education', 'employment', 'peer-support'] },
  {
    id: 'community',
    area: 'purpose',
    categories: ['sober-social', 'cultural', 'faith-community', 'recovery-community-center'],
  },
  { id: 'service', area: 'purpose', categories: ['recovery-community-center', 'faith-community'] },
] as const satisfies StatementsOf<typeof CAPITAL_STATEMENT_IDS>;

/**
 * The five answers, from "completely agree" to "completely disagree", as the numbers a share link
 * carries. Higher is more of that resource; 0 in a link means not answered.
 */
export const RATING_VALUES = [5, 4, 3, 2, 1] as const;
export type Rating = (typeof RATING_VALUES)[number];

/** A rating at or above this reads as a strength. */
export const STRENGTH_AT: Rating = 4;

/** Areas a person chooses to grow in over the next months: five, as on the paper form. */
export const MAX_GROWTH_AREAS = 5;

/** Lines for "In the next week I will…" and for "Who will help me". */
export const PLAN_LINES = 3;

/** The statement with `id`, if it is one. */
export function capitalStatement(id: string): CapitalStatement | undefined {
  return (CAPITAL_STATEMENTS as readonly CapitalStatement[]).find((s) => s.id === id);
}
