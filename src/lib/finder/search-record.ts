/**
 * What the word search knows about a listing, as a small HTML document for Pagefind.
 *
 * The index is built from the validated data rather than from the rendered pages, so Pagefind
 * can run beside Astro's page rendering instead of after it (see src/integrations/search-index/index.ts),
 * and so only words about the asset are searchable, not the page's buttons and footer.
 */
import type { ListingData } from '#schemas/listing.ts';
import {
  ACCESSIBILITY,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  POPULATIONS,
  SUPPORT_TYPES,
  WEEKDAYS,
  labelOf,
  labelsOf,
  languageLabel,
  pathwayTerms,
} from '#taxonomy';
import { escapeHtml } from '#lib/html/card.ts';
import { renderDescription } from '#lib/html/markdown.ts';
import { meetingTypeLabel } from '#lib/meetings/type-labels.ts';

export interface SearchRecord {
  /**
   * The listing page's address from the site's root. Pagefind puts the base path in front at
   * search time (`baseUrl`, set by the page that searches); writing it here too doubled it on
   * sites served under a sub-path.
   */
  url: string;
  /** A whole HTML document; its h1 is the result title. */
  content: string;
}

/** The searchable document for one published listing; `body` is its Markdown description. */
export function searchRecord(slug: string, data: ListingData, body: string | undefined): SearchRecord {
  const pathways = pathwayTerms(data.pathways).map((term) => term.label);
  const days = new Set([...(data.schedule ?? []).map((s) => s.day), ...(data.hours ?? []).flatMap((h) => h.days)]);
  // Plain words a person might type: "Friday", "Spanish", "wheelchair", "women", "free".
  const facts = [
    data.fellowship && labelOf(FELLOWSHIPS, data.fellowship),
    labelOf(ATTENDANCE, data.attendance),
    data.address?.city,
    data.location_private ? undefined : data.address?.street,
    data.address?.postal_code,
    ...labelsOf(WEEKDAYS, [...days]),
    ...(data.schedule ?? []).map((s) => s.note),
    ...(data.meeting_types ?? []).map(meetingTypeLabel),
    ...labelsOf(POPULATIONS, data.populations),
    ...data.languages.map(languageLabel),
    data.cost && labelOf(COSTS, data.cost),
    ...labelsOf(ACCESSIBILITY, data.accessibility),
    ...labelsOf(FEATURES, data.features),
    data.housing?.gender && labelOf(HOUSING_GENDERS, data.housing.gender),
    data.housing?.moud && labelOf(MOUD_POLICIES, data.housing.moud),
    data.employer?.fair_chance ? 'Fair-chance employer' : undefined,
    ...(data.employer?.industries ?? []),
    data.status === 'temporarily-closed' ? 'Temporarily closed' : undefined,
  ].filter((fact): fact is string => !!fact);
  const category = labelOf(CATEGORIES, data.category);
  const filters = [
    `<span data-pagefind-filter="category">${escapeHtml(category)}</span>`,
    ...labelsOf(SUPPORT_TYPES, data.support).map((l) => `<span data-pagefind-filter="support">${escapeHtml(l)}</span>`),
    ...pathways.map((l) => `<span data-pagefind-filter="pathway">${escapeHtml(l)}</span>`),
  ];
  const content = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    `<h1>${escapeHtml(data.name)}</h1>`,
    `<p>${escapeHtml(category)}${data.summary ? ` — ${escapeHtml(data.summary)}` : ''}</p>`,
    renderDescription(body ?? data.description),
    `<p>${facts.map(escapeHtml).join(' · ')}</p>`,
    `<p>${[...labelsOf(SUPPORT_TYPES, data.support), ...pathways].map(escapeHtml).join(' · ')}</p>`,
    `<div hidden data-pagefind-ignore>${filters.join('')}</div>`,
    '</main></body></html>',
  ].join('');
  return { url: `/listings/${slug}/`, content };
}
