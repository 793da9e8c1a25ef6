/**
 * Where it is: the postal address, whether it is private, and the map point, typed as two
 * numbers (or both pasted into the first box) or picked on a small map that loads on request.
 */
import { useEffect, useRef, useState } from 'react';
import type { MapSettings } from '#lib/listing-form/page.ts';
import { splitPoint, typedNumber, type FormState } from '#lib/listing-form/state.ts';
import { useFormFields } from './context.ts';
import { CheckBox, TextField } from './inputs.tsx';
import type { PointPicker } from './point-picker.ts';

interface Props {
  state: FormState;
  update: (changes: Partial<FormState>) => void;
  map: MapSettings;
}

const decimal = { inputMode: 'decimal', autoComplete: 'off', spellcheck: false } as const;

export function PlaceFields({ state, update, map }: Props) {
  const address = state.address;
  const setAddress = (changes: Partial<FormState['address']>) => update({ address: { ...address, ...changes } });
  const setGeo = (changes: Partial<FormState['geo']>) => update({ geo: { ...state.geo, ...changes } });
  const { words } = useFormFields();
  return (
    <>
      <TextField
        fieldKey="address.street"
        value={address.street}
        onChange={(street) => setAddress({ street })}
        input={{ autoComplete: 'street-address' }}
      />
      <TextField
        fieldKey="address.city"
        value={address.city}
        onChange={(city) => setAddress({ city })}
        input={{ autoComplete: 'address-level2' }}
      />
      <div className="form-pair">
        <TextField
          fieldKey="address.region"
          value={address.region}
          onChange={(region) => setAddress({ region })}
          input={{ autoComplete: 'address-level1' }}
        />
        <TextField
          fieldKey="address.postal_code"
          value={address.postal_code}
          onChange={(postal_code) => setAddress({ postal_code })}
          input={{ autoComplete: 'postal-code', inputMode: 'numeric' }}
        />
      </div>
      <TextField
        fieldKey="address.country"
        value={address.country}
        onChange={(country) => setAddress({ country: country.toUpperCase() })}
        input={{ autoComplete: 'country', maxLength: 2 }}
      />
      <CheckBox
        fieldKey="location_private"
        checked={state.location_private}
        onChange={(location_private) => update({ location_private })}
      />
      <fieldset className="form-group" aria-describedby="f-geo-help">
        <legend>{words.labels.geo}</legend>
        <p className="form-help" id="f-geo-help">
          {words.help.geo}
        </p>
        <div className="form-pair">
          <TextField
            fieldKey="geo.lat"
            value={state.geo.lat}
            onChange={(lat) => {
              // Both numbers pasted into the first box, as map sites copy them: a change of more
              // than one character at once. Typed one key at a time, they are split on leaving it.
              const pair = lat.length - state.geo.lat.length > 1 ? splitPoint(lat) : undefined;
              setGeo(pair ?? { lat });
            }}
            onBlur={() => {
              const pair = splitPoint(state.geo.lat);
              if (pair) setGeo(pair);
            }}
            input={decimal}
          />
          <TextField fieldKey="geo.lng" value={state.geo.lng} onChange={(lng) => setGeo({ lng })} input={decimal} />
        </div>
        <PointMap map={map} point={state.geo} onPick={(lat, lng) => setGeo({ lat: String(lat), lng: String(lng) })} />
      </fieldset>
    </>
  );
}

/** The map, drawn when asked for; a point typed in the boxes shows on it. */
function PointMap({
  map,
  point,
  onPick,
}: {
  map: MapSettings;
  point: FormState['geo'];
  onPick: (lat: number, lng: number) => void;
}) {
  const { words } = useFormFields();
  const [shown, setShown] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const picker = useRef<PointPicker | undefined>(undefined);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  const lat = typedNumber(point.lat);
  const lng = typedNumber(point.lng);
  const typed = typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : undefined;
  const typedRef = useRef(typed);
  useEffect(() => {
    typedRef.current = typed;
    picker.current?.show(typed);
  });

  useEffect(() => {
    if (!shown || !canvas.current) return;
    let live = true;
    const element = canvas.current;
    void Promise.all([
      import('./point-picker.ts'),
      import('#client/leaflet-css.ts').then((css) => css.loadLeafletCss()),
    ]).then(([{ PointPicker }]) => {
      if (!live) return;
      picker.current = new PointPicker(
        element,
        map,
        (la, ln) => pick.current(la, ln),
        (failing) => setTilesFailed(failing),
      );
      picker.current.show(typedRef.current);
    });
    return () => {
      live = false;
      picker.current?.destroy();
      picker.current = undefined;
    };
  }, [shown, map]);

  if (!shown) {
    return (
      <button type="button" className="button secondary" onClick={() => setShown(true)}>
        {words.map.show}
      </button>
    );
  }
  return (
    <div className="form-map">
      <p className="form-help">{words.map.hint}</p>
      <div ref={canvas} className="form-map-canvas" role="region" aria-label={words.map.label} />
      {tilesFailed && (
        <p className="form-help" role="status">
          {words.map.tilesFailed}
        </p>
      )}
    </div>
  );
}
