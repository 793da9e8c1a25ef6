/**
 * The values of the listing form's pages (/contribute/new/, /contribute/edit/), worked out once
 * for both and every language: the page's own words, and the island's props (its words, the
 * vocabularies as choices in the page's language, what checking a listing needs of site.yaml,
 * where the edit data and the hand-over go). Pure: the page passes in its words and choices.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import type { SiteConfig } from '#schemas/site.ts';
import type { ListingSite } from '#lib/validate/listing.ts';
import type { Repository } from './hand-over.ts';

/** One choice in a list or a group of boxes: its id as the file writes it, its words on the page. */
export interface Choice {
  id: string;
  label: string;
}

/** Every vocabulary the form offers, in the page's language, by the field it fills. */
export interface FormChoices {
  category: Choice[];
  support: Choice[];
  pathways: Choice[];
  attendance: Choice[];
  populations: Choice[];
  cost: Choice[];
  accessibility: Choice[];
  features: Choice[];
  fellowship: Choice[];
  status: Choice[];
  verified_how: Choice[];
  narr_level: Choice[];
  gender: Choice[];
  moud: Choice[];
  weekdays: Choice[];
  weeks: Choice[];
  meeting_types: Choice[];
  languages: Choice[];
}

/** The form's words the island shows (the page's own title and lede stay in the HTML). */
export type FormWords = Omit<Dictionary['form'], 'page'>;

export interface MapSettings {
  tileUrl: string;
  attribution: { text: string; url?: string | undefined };
  center: [number, number];
  zoom: number;
}

/** The listing form island's props. */
export interface ListingFormProps {
  mode: 'new' | 'edit';
  words: FormWords;
  /** The page's language code and its Intl locale. */
  lang: string;
  locale: string;
  choices: FormChoices;
  /** What checking one listing needs of site.yaml, and its time zone (for today's date). */
  site: ListingSite & { timezone: string };
  /** A translation box per other site language: its code and its own name. */
  translations: { code: string; name: string }[];
  repository: Repository;
  /** "GitHub", or the host's name, for the hand-over's words. */
  host: string;
  contactEmail?: string | undefined;
  /** Where the edit data lives (/contribute/data/), and how many files it is split into. */
  dataUrl: string;
  dataFiles: number;
  map: MapSettings;
  /** Links within the page's language. */
  links: { contribute: string; new: string };
}

export interface ListingFormPageInput {
  mode: 'new' | 'edit';
  lang: string;
  locale: string;
  ui: Dictionary;
  choices: FormChoices;
  site: SiteConfig;
  /** The own names of the site's languages, by code. */
  languageNames: Readonly<Record<string, string>>;
  /** The code host's name ("GitHub") or the page's words for an unknown one. */
  host: string;
  dataUrl: string;
  dataFiles: number;
  links: ListingFormProps['links'];
}

export interface ListingFormPage {
  title: string;
  description: string;
  heading: string;
  lede: string;
  props: ListingFormProps;
}

/** The page's words and the island's props. */
export function listingFormPage(input: ListingFormPageInput): ListingFormPage {
  const { mode, ui, site } = input;
  const { page, ...words } = ui.form;
  const isNew = mode === 'new';
  return {
    title: isNew ? page.newTitle : page.editTitle,
    description: isNew ? page.newDescription : page.editDescription,
    heading: isNew ? page.newHeading : page.editHeading,
    lede: isNew ? page.newLede : page.editLede,
    props: {
      mode,
      words,
      lang: input.lang,
      locale: input.locale,
      choices: input.choices,
      site: {
        region: site.region,
        stale_after_days: site.stale_after_days,
        languages: site.languages,
        timezone: site.timezone,
      },
      translations: site.languages.slice(1).map((code) => ({ code, name: input.languageNames[code] ?? code })),
      repository: { url: site.repository.url, branch: site.repository.branch },
      host: input.host,
      contactEmail: site.contact_email,
      dataUrl: input.dataUrl,
      dataFiles: input.dataFiles,
      map: {
        tileUrl: site.map.tile_url,
        attribution: { text: site.map.attribution, url: site.map.attribution_url },
        center: site.region.center,
        zoom: site.region.zoom,
      },
      links: input.links,
    },
  };
}
