/**
 * The recovery capital check-in page (/recovery-capital/). The form works without this script (it
 * is then a paper form); the script adds strengths, the areas chosen, the local places for each,
 * the printed plan, a share link and "Keep on this device".
 *
 * Privacy: the answers live in this page's memory. They reach storage only after "Keep on this
 * device" (and leave it with "Erase"), and a link only when the person asks for one; that link
 * holds them after `#`, which browsers never send to a server. The files this page fetches
 * (the facet index, points, places and the list data) are the same for everyone and carry
 * nothing the person entered in their addresses. A ZIP code or town is looked up on the device.
 */
import { RATING_VALUES, capitalStatement, type CapitalStatementId, type Rating } from '#recovery-capital';
import { statementMatches, finderHref } from '#lib/capital/assets.ts';
import {
  emptyState,
  parseState,
  serializeState,
  strengths,
  suggestions,
  toggleChosen,
  togglePick,
  type CapitalState,
} from '#lib/capital/state.ts';
import { decodeFacetIndex, type FacetIndex, type FacetIndexJson } from '#lib/finder/facets.ts';
import { parseNear, resolveNear, type PlacesJson } from '#lib/map/places.ts';
import { decodePoints, distancesFrom, type PointsJson } from '#lib/map/points.ts';
import { itemFacts, type HandoutItem, type ListWords } from '#lib/my-list/share.ts';
import { el } from './dom.ts';
import { loadListItems } from './list-data.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { readDeviceList } from './device-list.ts';
import { pageWords } from './page-words.ts';

type CapitalWords = Dictionary['capital'];

/** What the page hands this script (recovery-capital.astro). */
interface ScriptWords {
  locale: string;
  short: Record<CapitalStatementId, string>;
  ratings: CapitalWords['ratings'];
  growth: CapitalWords['growth'];
  places: CapitalWords['places'];
  keep: CapitalWords['keep'];
  plan: CapitalWords['plan'];
  facts: Omit<ListWords, 'locale'>;
  max: number;
}

/** Where "Keep on this device" puts the answers: only ever after the person asks. */
export const CAPITAL_STORAGE_KEY = 'recovery-map:check-in';
/** Places shown per area before "See all in the finder". */
const SHOWN = 5;

/** A dictionary sentence with `[words](name)` links, as text and links; nothing is parsed as HTML. */
function richLine(text: string, links: Record<string, string>): HTMLParagraphElement {
  const p = el('p');
  let at = 0;
  for (const match of text.matchAll(/\[([^\]]+)\]\((\w+)\)/g)) {
    p.append(text.slice(at, match.index));
    const href = links[match[2]!];
    if (href) {
      const a = el('a', match[1]);
      a.href = href;
      p.append(a);
    } else p.append(match[1]!);
    at = match.index + match[0].length;
  }
  p.append(text.slice(at));
  return p;
}

function readStored(): string | undefined {
  try {
    return localStorage.getItem(CAPITAL_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function startCapital(root: HTMLElement): void {
  const words = pageWords<ScriptWords>(document, 'capital');
  const form = root.querySelector<HTMLFormElement>('[data-capital-form]');
  if (!words || !form) return;
  const base = root.dataset.base ?? '/';
  const shards = Number(root.dataset.shards ?? '1');
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const addWords = pageWords<Dictionary['listing']['addToList']>(document, 'addToList');

  // Where the answers come from: a link someone opened, this device (if kept), or nowhere.
  const fromLink = /(?:^#|&)(?:r|g|w1|h1)=/.test(location.hash);
  const stored = readStored();
  let kept = stored !== undefined;
  let state: CapitalState = fromLink ? parseState(location.hash) : stored ? parseState(stored) : emptyState();
  if (fromLink) {
    $('[data-capital-restored]').hidden = false;
    // The answers are read; the address bar and history need not keep them.
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  // ---- The form and the state --------------------------------------------------------------

  const fieldsets = new Map(
    [...form.querySelectorAll<HTMLFieldSetElement>('[data-statement]')].map((f) => [
      f.dataset.statement as CapitalStatementId,
      f,
    ]),
  );
  const nextWeekInputs = [...form.querySelectorAll<HTMLInputElement>('[data-next-week]')];
  const helperInputs = [...form.querySelectorAll<HTMLInputElement>('[data-helper]')];
  const nearInput = $<HTMLInputElement>('[data-near]');

  function writeForm(): void {
    for (const [id, fieldset] of fieldsets) {
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = Number(radio.value) === state.ratings[id];
      }
      fieldset.querySelector<HTMLInputElement>('[data-grow]')!.checked = state.chosen.includes(id);
    }
    nextWeekInputs.forEach((input, i) => (input.value = state.nextWeek[i] ?? ''));
    helperInputs.forEach((input, i) => (input.value = state.helpers[i] ?? ''));
    nearInput.value = state.near;
  }

  function readRatings(): CapitalState['ratings'] {
    const ratings: CapitalState['ratings'] = {};
    for (const [id, fieldset] of fieldsets) {
      const value = Number(fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value);
      if ((RATING_VALUES as readonly number[]).includes(value)) ratings[id] = value as Rating;
    }
    return ratings;
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.matches('[data-grow]')) {
      const id = target.value as CapitalStatementId;
      const next = toggleChosen(state, id);
      const refused = next === state && target.checked;
      $('[data-growth-full]').hidden = !refused;
      if (refused) target.checked = false;
      state = next;
      update(true);
    } else if (target.type === 'radio') {
      state = { ...state, ratings: readRatings() };
      update(false);
    }
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.matches('[data-next-week]')) state.nextWeek[Number(target.dataset.nextWeek)] = target.value;
    else if (target.matches('[data-helper]')) state.helpers[Number(target.dataset.helper)] = target.value;
    else return;
    saveIfKept();
  });

  // ---- Strengths and areas -----------------------------------------------------------------

  function renderStrengths(): void {
    const ids = strengths(state);
    const list = $('[data-strength-list]');
    list.replaceChildren(...ids.map((id) => el('li', words!.short[id])));
    $('[data-strengths-intro]').hidden = ids.length === 0;
    $('[data-strengths-none]').hidden = ids.length > 0;
  }

  function renderGrowth(): void {
    const suggested = new Set(suggestions(state));
    for (const [id, fieldset] of fieldsets) {
      fieldset.querySelector<HTMLElement>('[data-suggested]')!.hidden = !suggested.has(id) || state.chosen.includes(id);
      fieldset.classList.toggle('is-chosen', state.chosen.includes(id));
    }
    // The areas chosen, and the ideas not yet chosen, each a link back to its sentence.
    const toStatement = (id: CapitalStatementId, text: string) => {
      const a = el('a', text);
      a.href = `#s-${id}`;
      return a;
    };
    $('[data-chosen-list]').replaceChildren(
      ...state.chosen.map((id) => {
        const li = el('li', `${words!.short[id]} · `);
        li.append(toStatement(id, words!.growth.change));
        return li;
      }),
    );
    const ideas = [...suggested].filter((id) => !state.chosen.includes(id));
    $('[data-ideas]').hidden = ideas.length === 0 || state.chosen.length >= words!.max;
    $('[data-idea-list]').replaceChildren(
      ...ideas.map((id) => {
        const li = el('li');
        li.append(toStatement(id, words!.short[id]));
        return li;
      }),
    );
    const n = state.chosen.length;
    $('[data-growth-count]').textContent = plural(words!.locale, words!.growth.chosen, n, { max: words!.max });
    $('[data-growth-none]').hidden = n > 0;
    if (n < words!.max) $('[data-growth-full]').hidden = true;
  }

  // ---- Places for each chosen area ----------------------------------------------------------

  let index: FacetIndex | undefined;
  let indexLoad: Promise<FacetIndex> | undefined;
  let distances: Float64Array | undefined;
  let nearLabel = '';
  const items = new Map<string, HandoutItem>();
  let renderToken = 0;

  const loadIndex = () =>
    (indexLoad ??= fetch(root.dataset.facets!)
      .then((r) => (r.ok ? (r.json() as Promise<FacetIndexJson>) : Promise.reject(new Error(String(r.status)))))
      .then((json) => (index = decodeFacetIndex(json))));

  async function loadItems(slugs: readonly string[]): Promise<void> {
    const missing = slugs.filter((s) => !items.has(s));
    if (missing.length === 0) return;
    for (const item of await loadListItems(base, shards, missing)) items.set(item.s, item);
  }

  function assetRow(area: CapitalStatementId, item: HandoutItem, miles: number | undefined): HTMLLIElement {
    const li = el('li', undefined, 'asset');
    const heading = el('h4');
    const name = el('a', item.n);
    name.href = `${base}listings/${item.s}/`;
    name.id = `place-${area}-${item.s}`;
    if (item.nl) name.lang = item.nl;
    heading.append(name);
    li.append(heading);
    const facts = itemFacts(item, { ...words!.facts, locale: words!.locale }).slice(0, 2);
    const meta = [
      item.c,
      ...(miles !== undefined && !Number.isNaN(miles)
        ? [plural(words!.locale, words!.places.miles, Math.round(miles * 10) / 10)]
        : []),
    ];
    li.append(el('p', meta.join(' · '), 'asset-meta'), ...facts.map((line) => el('p', line)));
    const actions = el('div', undefined, 'asset-actions');
    const pick = el('label', undefined, 'pick');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = (state.picks[area] ?? []).includes(item.s);
    // Every place has one of these: its name tells them apart for a screen reader.
    box.setAttribute('aria-describedby', name.id);
    box.addEventListener('change', () => {
      state = togglePick(state, area, item.s);
      saveIfKept();
    });
    pick.append(box, ` ${words!.places.inPlan}`);
    // The same button as on the cards: the header's script (add-to-list.ts) handles its clicks.
    const onList = readDeviceList().includes(item.s);
    const add = el('button', onList ? addWords?.added : addWords?.add, 'add-to-list');
    add.type = 'button';
    add.dataset.addToList = '';
    add.dataset.slug = item.s;
    add.setAttribute('aria-pressed', String(onList));
    actions.append(add, pick);
    li.append(actions);
    return li;
  }

  async function renderPlaces(): Promise<void> {
    const section = $('[data-places-section]');
    const results = $('[data-area-results]');
    // Every render takes a token, the empty one too: a render still waiting for its data (say,
    // from before "Erase") must not draw areas that are no longer chosen.
    const token = ++renderToken;
    section.hidden = state.chosen.length === 0;
    if (state.chosen.length === 0) return results.replaceChildren();
    if (!index) results.replaceChildren(el('p', words!.places.loading));
    let matches: [CapitalStatementId, number[]][];
    try {
      const facets = await loadIndex();
      matches = state.chosen.map((id) => [id, statementMatches(facets, capitalStatement(id)!, distances)]);
      const shown = matches.flatMap(([, order]) => order.slice(0, SHOWN).map((i) => facets.slugs[i]!));
      // The places already in the plan too, for the printout, wherever they now rank.
      await loadItems([...shown, ...Object.values(state.picks).flat()]);
    } catch {
      if (token !== renderToken) return;
      results.replaceChildren(richLine(words!.places.failed, { browse: `${base}categories/` }));
      return;
    }
    if (token !== renderToken) return;
    const finderPath = root.dataset.finder ?? `${base}find/`;
    results.replaceChildren(
      ...matches.map(([id, order]) => {
        const area = el('section', undefined, 'area-results');
        area.dataset.area = id;
        const heading = el('h3', words!.short[id]);
        heading.id = `area-${id}-places`;
        area.setAttribute('aria-labelledby', heading.id);
        area.append(heading);
        const statement = capitalStatement(id)!;
        if (order.length === 0) {
          area.append(richLine(words!.places.none, { find: finderHref(finderPath, statement) }));
          return area;
        }
        const list = el('ul', undefined, 'asset-list');
        for (const i of order.slice(0, SHOWN)) {
          const item = items.get(index!.slugs[i]!);
          if (item) list.append(assetRow(id, item, distances?.[i]));
        }
        area.append(list);
        if (order.length > SHOWN)
          area.append(el('p', fill(words!.places.shown, { shown: SHOWN, total: order.length }), 'hint'));
        const all = el('a', plural(words!.locale, words!.places.showAll, order.length));
        all.href = finderHref(finderPath, statement, state.near);
        const more = el('p');
        more.append(all);
        area.append(more);
        return area;
      }),
    );
  }

  // The nearest first: the ZIP code or town is looked up in places.json, on this device.
  let places: Promise<PlacesJson> | undefined;
  let points: Promise<PointsJson> | undefined;
  async function applyNear(): Promise<void> {
    const value = nearInput.value.trim();
    const status = $('[data-near-status]');
    $('[data-near-clear]').hidden = value === '';
    state = { ...state, near: value };
    if (!value) {
      distances = undefined;
      status.textContent = '';
      saveIfKept();
      return renderPlaces();
    }
    const query = parseNear(value);
    places ??= fetch(root.dataset.places!).then((r) => r.json() as Promise<PlacesJson>);
    points ??= fetch(root.dataset.points!).then((r) => r.json() as Promise<PointsJson>);
    try {
      const [table, pointsJson, facets] = await Promise.all([places, points, loadIndex()]);
      const place =
        query && query.kind !== 'device'
          ? resolveNear(query, table, undefined, { yourLocation: '', chosenPoint: value })
          : undefined;
      if (!place) {
        distances = undefined;
        status.textContent = fill(words!.places.nearUnknown, { place: value });
      } else {
        distances = distancesFrom(decodePoints(pointsJson, facets.size), place);
        nearLabel = place.label;
        status.textContent = fill(words!.places.nearFrom, { place: nearLabel });
      }
    } catch {
      status.textContent = '';
    }
    saveIfKept();
    return renderPlaces();
  }
  $('[data-near-go]').addEventListener('click', () => void applyNear());
  nearInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void applyNear();
    }
  });
  $('[data-near-clear]').addEventListener('click', () => {
    nearInput.value = '';
    void applyNear();
    nearInput.focus();
  });

  // ---- The printed plan -----------------------------------------------------------------------

  function buildPlan(): void {
    const plan = $('[data-print-plan]');
    const w = words!;
    const section = (title: string, ...content: Node[]) => {
      const s = el('section');
      s.append(el('h2', title), ...content);
      return s;
    };
    const list = (lines: string[]) => {
      const ul = el('ul');
      ul.append(...lines.map((line) => el('li', line)));
      return ul;
    };
    const today = new Intl.DateTimeFormat(w.locale, { dateStyle: 'long' }).format(new Date());
    const parts: Node[] = [el('h1', w.plan.title), el('p', fill(w.plan.made, { date: today }), 'plan-date')];
    const strong = strengths(state);
    if (strong.length > 0) parts.push(section(w.plan.strengths, list(strong.map((id) => w.short[id]))));
    if (state.chosen.length > 0) {
      const areas = el('ol');
      for (const id of state.chosen) {
        const li = el('li');
        li.append(el('h3', w.short[id]));
        const picked = (state.picks[id] ?? []).map((slug) => items.get(slug)).filter((i): i is HandoutItem => !!i);
        if (picked.length === 0) li.append(el('p', w.plan.noPlaces));
        for (const item of picked) {
          const p = el('p', undefined, 'plan-place');
          const name = el('strong', item.n);
          if (item.nl) name.lang = item.nl;
          p.append(name);
          for (const line of itemFacts(item, { ...w.facts, locale: w.locale }).slice(0, 3)) p.append(el('br'), line);
          li.append(p);
        }
        areas.append(li);
      }
      parts.push(section(w.plan.areas, areas));
    }
    const nextWeek = state.nextWeek.filter(Boolean);
    if (nextWeek.length > 0) parts.push(section(w.plan.nextWeek, list(nextWeek)));
    const helpers = state.helpers.filter(Boolean);
    if (helpers.length > 0) parts.push(section(w.plan.helpers, list(helpers)));
    plan.replaceChildren(...parts);
    root.dataset.planReady = '';
  }
  addEventListener('beforeprint', buildPlan);
  $('[data-print]').addEventListener('click', async () => {
    // The picked places' facts may not be loaded yet (a kept or shared plan, not yet scrolled to).
    await loadItems(Object.values(state.picks).flat()).catch(() => {});
    buildPlan();
    print();
  });

  // ---- Share, keep, erase -------------------------------------------------------------------

  const status = $('[data-keep-status]');
  const shareUrl = $<HTMLInputElement>('[data-share-url]');
  const linkFor = () => `${location.origin}${location.pathname}#${serializeState(state)}`;
  $('[data-share-open]').addEventListener('click', () => {
    $('[data-share-panel]').hidden = false;
    shareUrl.value = linkFor();
    shareUrl.focus();
    shareUrl.select();
  });
  $('[data-copy]').addEventListener('click', async () => {
    shareUrl.value = linkFor();
    try {
      await navigator.clipboard.writeText(shareUrl.value);
      status.textContent = words.keep.copied;
    } catch {
      shareUrl.select();
    }
  });

  function saveIfKept(): void {
    if (!$('[data-share-panel]').hidden) shareUrl.value = linkFor();
    if (!kept) return;
    try {
      localStorage.setItem(CAPITAL_STORAGE_KEY, serializeState(state));
    } catch {
      // Storage blocked: the answers stay on the page, and a share link still carries them.
    }
  }
  $('[data-keep]').addEventListener('click', () => {
    kept = true;
    saveIfKept();
    status.textContent = words.keep.kept;
    renderKeep();
  });
  $('[data-erase]').addEventListener('click', () => {
    kept = false;
    try {
      localStorage.removeItem(CAPITAL_STORAGE_KEY);
    } catch {
      // Nothing could be stored either.
    }
    state = emptyState();
    distances = undefined;
    writeForm();
    $('[data-share-panel]').hidden = true;
    shareUrl.value = '';
    $('[data-capital-restored]').hidden = true;
    $('[data-near-status]').textContent = '';
    $('[data-near-clear]').hidden = true;
    update(true);
    status.textContent = words.keep.erased;
  });
  function renderKeep(): void {
    $('[data-keep]').setAttribute('aria-pressed', String(kept));
  }

  /** Redraws what follows from the state; the places only when the areas chosen changed. */
  function update(places: boolean): void {
    renderStrengths();
    renderGrowth();
    renderKeep();
    saveIfKept();
    if (places) void renderPlaces();
  }

  writeForm();
  if (kept) status.textContent = words.keep.kept;
  update(true);
  if (state.near) void applyNear();
}
