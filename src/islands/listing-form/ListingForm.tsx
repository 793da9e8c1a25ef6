/**
 * The listing form (/contribute/new/, /contribute/edit/?slug=…): a volunteer fills in boxes made
 * from the listing schema and the vocabularies, the validator checks the file they make as they
 * type, and the checked file is handed to GitHub or sent by e-mail.
 *
 * The server renders a line saying the form is loading (the page says, without JavaScript, how
 * else to help); in the browser the form draws at once for a new listing, and for an edit once
 * the listing's file and the checker, which reads it, have loaded.
 */
import { useEffect, useState } from 'react';
import { RichText } from './RichText.tsx';
import type { EditedFile } from '#lib/listing-form/check.ts';
import type { ListingFormProps } from '#lib/listing-form/page.ts';
import { emptyState, type FormState } from '#lib/listing-form/state.ts';
import { todayIn } from '#lib/time/freshness.ts';
import { readPageZoneOffsets } from '#client/zone-offsets.ts';
import { FormBody } from './FormBody.tsx';
import { loadChecker, loadEditData } from './load.ts';

export default function ListingForm(props: ListingFormProps) {
  // Today in the site's zone (todayIn) is read from the offsets the page carries.
  readPageZoneOffsets();
  // False while the island takes over the server's HTML, true from then on.
  const [inBrowser, setInBrowser] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the render after taking over is the point
  useEffect(() => setInBrowser(true), []);
  if (!inBrowser) return <p className="form-loading">{props.words.status.loading}</p>;
  return props.mode === 'new' ? <NewListing settings={props} /> : <EditListing settings={props} />;
}

function NewListing({ settings }: { settings: ListingFormProps }) {
  const [initial] = useState(() =>
    emptyState(
      todayIn(settings.site.timezone),
      settings.translations.map((t) => t.code),
    ),
  );
  return <FormBody settings={settings} initial={initial} />;
}

type Loaded =
  | { status: 'loading' | 'no-slug' | 'failed' }
  | { status: 'not-found'; slug: string }
  | { status: 'ready'; initial: FormState; edited: EditedFile };

function EditListing({ settings }: { settings: ListingFormProps }) {
  const { words } = settings;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const slug = new URLSearchParams(location.search).get('slug')?.trim() ?? '';
    const done = (next: Loaded) => live && setLoaded(next);
    if (!slug) {
      void Promise.resolve().then(() => done({ status: 'no-slug' }));
    } else {
      Promise.all([loadChecker(), loadEditData(settings.dataUrl, slug, settings.dataFiles)]).then(
        ([checker, data]) => {
          const entry = data[slug];
          const read =
            entry?.text === undefined ? undefined : checker.stateFromFile(entry.file, entry.text, others(settings));
          done(read ? { status: 'ready', initial: read.state, edited: read.edited } : { status: 'not-found', slug });
        },
        () => done({ status: 'failed' }),
      );
    }
    return () => {
      live = false;
    };
  }, [settings]);

  if (loaded.status === 'ready')
    return <FormBody settings={settings} initial={loaded.initial} edited={loaded.edited} />;
  if (loaded.status === 'loading') return <p className="form-loading">{words.status.loadingListing}</p>;
  const message =
    loaded.status === 'no-slug'
      ? words.status.noSlug
      : loaded.status === 'failed'
        ? words.status.failed
        : words.status.notFound;
  return (
    <p className="notice" role="alert">
      <RichText
        text={message}
        values={{ slug: loaded.status === 'not-found' ? loaded.slug : '' }}
        links={{ new: settings.links.new }}
      />
    </p>
  );
}

const others = (settings: ListingFormProps) => settings.translations.map((t) => t.code);
