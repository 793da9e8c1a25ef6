/**
 * The finder's word box. The words are searched as they are typed; without JavaScript the form
 * is a plain search form, pointing at the search page.
 */
import type { Dictionary } from '#i18n/dictionary.ts';

interface Props {
  q: string;
  /** Where the page's language starts ('/', '/es/'): the search page in that language. */
  home: string;
  words: Dictionary['finder']['words'];
  onChange: (q: string) => void;
}

export function WordSearch({ q, home, words, onChange }: Props) {
  return (
    <form role="search" className="finder-search" onSubmit={(e) => e.preventDefault()} action={`${home}search/`}>
      <label htmlFor="finder-q">{words.label}</label>
      <input
        id="finder-q"
        name="q"
        type="search"
        autoComplete="off"
        value={q}
        placeholder={words.placeholder}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </form>
  );
}
