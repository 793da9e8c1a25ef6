/**
 * For a new listing: the file of the listing that already has this name (slug), if any, from the
 * edit data file the slug is in. Asked a moment after typing stops; a failed fetch says nothing
 * (the automatic check on the pull request still catches a name that is taken).
 */
import { useEffect, useState } from 'react';
import { loadEditData } from './load.ts';

const PAUSE_MS = 300;

export function useTakenBy(slug: string, folder: string, files: number): string | undefined {
  const [taken, setTaken] = useState<{ slug: string; file: string | undefined }>({ slug: '', file: undefined });
  useEffect(() => {
    if (!slug) return;
    let live = true;
    const timer = setTimeout(() => {
      loadEditData(folder, slug, files).then(
        (data) => live && setTaken({ slug, file: data[slug]?.file }),
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [slug, folder, files]);
  return taken.slug === slug ? taken.file : undefined;
}
