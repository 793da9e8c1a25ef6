/**
 * The finder's word box. The words are searched as they are typed; without JavaScript the form
 * is a plain search form, pointing at the search page.
 */
interface Props {
  q: string;
  /** The site's base path. */
  base: string;
  onChange: (q: string) => void;
}

export function WordSearch({ q, base, onChange }: Props) {
  return (
    <form role="search" className="finder-search" onSubmit={(e) => e.preventDefault()} action={`${base}search/`}>
      <label htmlFor="finder-q">Search by word</label>
      <input
        id="finder-q"
        name="q"
        type="search"
        autoComplete="off"
        value={q}
        placeholder="e.g. dentist, Friday, Spanish"
        onChange={(e) => onChange(e.target.value)}
      />
    </form>
  );
}
