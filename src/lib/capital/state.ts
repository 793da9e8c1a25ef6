/**
 * A recovery capital check-in as data: the answers, the areas chosen, the places picked for the
 * plan, the next-week lines and the place to measure from; and its text form, which is both the
 * share link's fragment (after `#`, so no server ever receives it) and what "Keep on this device"
 * stores. Pure: the page's script and the tests use it alike.
 */
import {
  CAPITAL_STATEMENT_IDS,
  MAX_GROWTH_AREAS,
  PLAN_LINES,
  RATING_VALUES,
  STRENGTH_AT,
  type CapitalStatementId,
  type Rating,
} from '#recovery-capital';

export interface CapitalState {
  /** Each answered statement's rating; unanswered statements are absent. */
  ratings: Partial<Record<CapitalStatementId, Rating>>;
  /** The areas chosen to grow, in the order chosen; at most MAX_GROWTH_AREAS. */
  chosen: CapitalStatementId[];
  /** Places put in the plan, per chosen area: listing slugs. */
  picks: Partial<Record<CapitalStatementId, string[]>>;
  /** "In the next week I will…": PLAN_LINES lines, empty where not written. */
  nextWeek: string[];
  /** "Who will help me": PLAN_LINES lines. */
  helpers: string[];
  /** A ZIP code or town to put the nearest places first; never a device position. */
  near: string;
}

/** The longest a written line may be in a link: a sentence, not a diary. */
export const LINE_MAX = 200;
/** Places a plan keeps per area. */
export const PICKS_MAX = 5;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyState(): CapitalState {
  return {
    ratings: {},
    chosen: [],
    picks: {},
    nextWeek: Array<string>(PLAN_LINES).fill(''),
    helpers: Array<string>(PLAN_LINES).fill(''),
    near: '',
  };
}

/** True when nothing has been answered, chosen or written. */
export function isEmpty(state: CapitalState): boolean {
  return (
    Object.keys(state.ratings).length === 0 &&
    state.chosen.length === 0 &&
    [...state.nextWeek, ...state.helpers].every((line) => !line) &&
    !state.near
  );
}

/** A written line as it may travel in a link: one line, control characters removed, LINE_MAX at most. */
export function cleanLine(value: string | null | undefined): string {
  if (!value) return '';
  const text = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return [...text].slice(0, LINE_MAX).join('');
}

function isStatement(id: string): id is CapitalStatementId {
  return (CAPITAL_STATEMENT_IDS as readonly string[]).includes(id);
}

/**
 * The state as `r=5432…&g=…&p=…&w=…&h=…&near=…`: one digit per statement in CAPITAL_STATEMENT_IDS
 * order (0 for not answered; statements added later go at the end, so old links still read), the
 * chosen ids, the picks as `statement:slug`, and the lines. Empty parts are left out.
 */
export function serializeState(state: CapitalState): string {
  const params = new URLSearchParams();
  const digits = CAPITAL_STATEMENT_IDS.map((id) => String(state.ratings[id] ?? 0)).join('');
  if (/[1-5]/.test(digits)) params.set('r', digits.replace(/0+$/, ''));
  if (state.chosen.length > 0) params.set('g', state.chosen.join(','));
  const picks = state.chosen.flatMap((id) => (state.picks[id] ?? []).map((slug) => `${id}:${slug}`));
  if (picks.length > 0) params.set('p', picks.join(','));
  for (const [key, lines] of [
    ['w', state.nextWeek],
    ['h', state.helpers],
  ] as const) {
    lines.forEach((line, i) => {
      const clean = cleanLine(line);
      if (clean) params.set(`${key}${i + 1}`, clean);
    });
  }
  if (state.near.trim()) params.set('near', cleanLine(state.near));
  return params.toString();
}

/**
 * Reads what serializeState wrote, from a fragment (with or without `#`) or stored text. Anything
 * unknown or malformed is dropped, never trusted: a link is input from anywhere.
 */
export function parseState(text: string): CapitalState {
  const state = emptyState();
  const params = new URLSearchParams(text.replace(/^#/, ''));
  const digits = params.get('r') ?? '';
  CAPITAL_STATEMENT_IDS.forEach((id, i) => {
    const value = Number(digits[i]);
    if ((RATING_VALUES as readonly number[]).includes(value)) state.ratings[id] = value as Rating;
  });
  for (const id of (params.get('g') ?? '').split(',')) {
    if (isStatement(id) && !state.chosen.includes(id) && state.chosen.length < MAX_GROWTH_AREAS) state.chosen.push(id);
  }
  for (const pair of (params.get('p') ?? '').split(',')) {
    const [id = '', slug = ''] = pair.split(':');
    if (!isStatement(id) || !state.chosen.includes(id) || !SLUG.test(slug)) continue;
    const picks = (state.picks[id] ??= []);
    if (!picks.includes(slug) && picks.length < PICKS_MAX) picks.push(slug);
  }
  for (let i = 0; i < PLAN_LINES; i++) {
    state.nextWeek[i] = cleanLine(params.get(`w${i + 1}`));
    state.helpers[i] = cleanLine(params.get(`h${i + 1}`));
  }
  state.near = cleanLine(params.get('near'));
  return state;
}

/** The statements rated as strengths, most agreement first, then in page order. */
export function strengths(state: CapitalState): CapitalStatementId[] {
  return CAPITAL_STATEMENT_IDS.filter((id) => (state.ratings[id] ?? 0) >= STRENGTH_AT).sort(
    (a, b) => state.ratings[b]! - state.ratings[a]!,
  );
}

/**
 * Areas that could be worth growing: those rated lowest (at most "mostly disagree"), lowest
 * first, no more than the person could choose. Only ever a suggestion: the person decides.
 */
export function suggestions(state: CapitalState): CapitalStatementId[] {
  return CAPITAL_STATEMENT_IDS.filter((id) => (state.ratings[id] ?? Infinity) <= 2)
    .sort((a, b) => state.ratings[a]! - state.ratings[b]!)
    .slice(0, MAX_GROWTH_AREAS);
}

/** Chooses or clears `id`; a sixth choice is refused (the state comes back unchanged). */
export function toggleChosen(state: CapitalState, id: CapitalStatementId): CapitalState {
  if (state.chosen.includes(id)) {
    const picks = { ...state.picks };
    delete picks[id];
    return { ...state, chosen: state.chosen.filter((c) => c !== id), picks };
  }
  if (state.chosen.length >= MAX_GROWTH_AREAS) return state;
  return { ...state, chosen: [...state.chosen, id] };
}

/** Puts `slug` in the plan for `id`, or takes it out. */
export function togglePick(state: CapitalState, id: CapitalStatementId, slug: string): CapitalState {
  const current = state.picks[id] ?? [];
  const next = current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug].slice(0, PICKS_MAX);
  return { ...state, picks: { ...state.picks, [id]: next } };
}
