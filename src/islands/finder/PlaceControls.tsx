/**
 * The place box: a ZIP code or town, or the device's position, to measure distances from, with
 * a distance limit once the place is known and a line saying what was understood.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill } from '#i18n/text.ts';
import type { FinderState } from '#lib/finder/query.ts';
import { milesLabel, type DistanceWords } from '#lib/map/geo.ts';
import { RADIUS_MILES } from '#lib/map/places.ts';
import type { Near } from './use-near-place.ts';

interface Props {
  near: Near;
  /** Still looking the place up. */
  pending: boolean;
  state: FinderState;
  update: (next: FinderState) => void;
  draft: string;
  setDraft: (draft: string) => void;
  /** The area the site covers, for messages ("… in Greater Lansing"). */
  regionName: string;
  words: Dictionary['finder']['near'];
  distance: DistanceWords;
}

export function PlaceControls({ near, pending, state, update, draft, setDraft, regionName, words, distance }: Props) {
  const { place, setNear } = near;
  let status = '';
  if (near.query && near.query.kind !== 'device' && !pending && !place) {
    status = fill(words.unknown, { near: state.near, region: regionName });
  } else if (place) {
    status = state.radius
      ? fill(words.distancesFromWithin, { place: place.label, distance: milesLabel(state.radius, distance) })
      : fill(words.distancesFrom, { place: place.label });
  } else if (near.locating) status = words.locating;
  else if (near.locateError) status = near.locateError;

  return (
    <form
      className="finder-near js-only"
      onFocus={near.prepare}
      onPointerEnter={near.prepare}
      onSubmit={(e) => {
        e.preventDefault();
        setNear(draft);
      }}
    >
      <label htmlFor="finder-near">{words.label}</label>
      <div className="near-row">
        <input
          id="finder-near"
          type="text"
          list="finder-places"
          autoComplete="off"
          value={draft}
          placeholder={near.fromDevice ? words.yourLocationPlaceholder : words.placeholder}
          aria-describedby="finder-near-status finder-near-privacy"
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => draft.trim() !== '' && setNear(draft)}
        />
        <button type="submit" className="button secondary">
          {words.go}
        </button>
        <button type="button" className="button secondary" onClick={near.locate} disabled={near.locating}>
          {words.useMyLocation}
        </button>
        {state.near && (
          <button type="button" className="button secondary" onClick={() => setNear('')}>
            {words.clear}
          </button>
        )}
      </div>
      <datalist id="finder-places">
        {near.places?.towns.map(([name]) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label htmlFor="finder-radius" className="finder-radius" hidden={!place}>
        {words.within}{' '}
        <select
          id="finder-radius"
          value={state.radius ?? ''}
          onChange={(e) =>
            update({ ...state, radius: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
          }
        >
          <option value="">{words.anyDistance}</option>
          {RADIUS_MILES.map((miles) => (
            <option key={miles} value={miles}>
              {milesLabel(miles, distance)}
            </option>
          ))}
        </select>
      </label>
      <p id="finder-near-status" className="near-status" aria-live="polite">
        {status}
      </p>
      <p id="finder-near-privacy" className="near-privacy">
        {words.privacy}
      </p>
    </form>
  );
}
