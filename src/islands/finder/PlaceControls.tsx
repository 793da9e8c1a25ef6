/**
 * The place box: a ZIP code or town, or the device's position, to measure distances from, with
 * a distance limit once the place is known and a line saying what was understood.
 */
import type { FinderState } from '#lib/finder/query.ts';
import { milesLabel } from '#lib/map/geo.ts';
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
}

export function PlaceControls({ near, pending, state, update, draft, setDraft, regionName }: Props) {
  const { place, setNear } = near;
  let status = '';
  if (near.query && near.query.kind !== 'device' && !pending && !place) {
    status = `“${state.near}” is not a ZIP code or town we know in ${regionName}. Try another.`;
  } else if (place) {
    status = `Distances from ${place.label}${state.radius ? `, within ${milesLabel(state.radius)}` : ''}.`;
  } else if (near.locating) status = 'Finding your location…';
  else if (near.locateError) status = near.locateError;

  return (
    <form
      className="finder-near"
      onFocus={near.prepare}
      onPointerEnter={near.prepare}
      onSubmit={(e) => {
        e.preventDefault();
        setNear(draft);
      }}
    >
      <label htmlFor="finder-near">Near a ZIP code or town</label>
      <div className="near-row">
        <input
          id="finder-near"
          type="text"
          list="finder-places"
          autoComplete="off"
          value={draft}
          placeholder={near.fromDevice ? 'Your location' : 'e.g. 48912 or Okemos'}
          aria-describedby="finder-near-status finder-near-privacy"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft.trim() !== '' && setNear(draft)}
        />
        <button type="submit" className="button secondary">
          Go
        </button>
        <button type="button" className="button secondary" onClick={near.locate} disabled={near.locating}>
          Use my location
        </button>
        {state.near && (
          <button type="button" className="button secondary" onClick={() => setNear('')}>
            Clear place
          </button>
        )}
      </div>
      <datalist id="finder-places">
        {near.places?.towns.map(([name]) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label htmlFor="finder-radius" className="finder-radius" hidden={!place}>
        Within{' '}
        <select
          id="finder-radius"
          value={state.radius ?? ''}
          onChange={(e) => update({ ...state, radius: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">any distance</option>
          {RADIUS_MILES.map((miles) => (
            <option key={miles} value={miles}>
              {milesLabel(miles)}
            </option>
          ))}
        </select>
      </label>
      <p id="finder-near-status" className="near-status" aria-live="polite">
        {status}
      </p>
      <p id="finder-near-privacy" className="near-privacy">
        Your location is used only on this device: it is never sent anywhere or put in the link. A ZIP code or town you
        type is looked up here too, and stays in the link so you can share the search.
      </p>
    </form>
  );
}
