/** The page types the bench weighs (scripts/bench/page-types.ts) include the listing form, checker loaded. */
import { describe, expect, it } from 'vitest';
import { LISTING_FORM_READY, pageTypes } from '../../../scripts/bench/page-types.ts';

describe('the page types weighed', () => {
  it('weigh the listing form once its checker has loaded, so its JS includes the validator', () => {
    // The edit form: a blank new one loads its checker only when a box is first reached for.
    const form = pageTypes('hope-house').find(([, path]) => path.startsWith('/contribute/'));
    expect(form).toEqual([
      'listing form (edit, with its checker)',
      '/contribute/edit/?slug=hope-house',
      LISTING_FORM_READY,
    ]);
  });

  it('wait for the markers of the finder and the map', () => {
    const ready = Object.fromEntries(pageTypes('hope-house').map(([, path, selector]) => [path, selector]));
    expect(ready['/find/']).toBe('.leaflet-marker-icon');
    expect(ready['/listings/hope-house/']).toBeUndefined();
  });
});
