import { describe, expect, it } from 'vitest';
import {
  directionsUrl,
  editUrl,
  formatPhone,
  geoUri,
  smsHref,
  smsShareHref,
  telHref,
  withBase,
} from '#lib/html/links.ts';

describe('links', () => {
  it('dials and texts in international form', () => {
    expect(telHref('517-555-0142')).toBe('tel:+15175550142');
    expect(smsHref('(517) 555-0142')).toBe('sms:+15175550142');
    expect(formatPhone('517.555.0142')).toBe('(517) 555-0142');
  });

  it('dials and texts short codes as they are: 988 is tel:988, not +1 988', () => {
    expect(telHref('988')).toBe('tel:988');
    expect(smsHref('988')).toBe('sms:988');
    expect(formatPhone('988')).toBe('988');
    expect(telHref('211')).toBe('tel:211');
  });

  it('builds directions without any Google dependency', () => {
    expect(directionsUrl(42.73, -84.55)).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B42\.73%2C-84\.55/,
    );
    expect(geoUri(42.73, -84.55, 'A & B')).toBe('geo:42.73,-84.55?q=42.73,-84.55(A%20%26%20B)');
  });

  it('points edit links at the repository', () => {
    const repo = { url: 'https://github.com/example/map/', branch: 'main' };
    expect(editUrl(repo, 'data/listings/food/x.md')).toBe(
      'https://github.com/example/map/edit/main/data/listings/food/x.md',
    );
  });

  it('prefills a text message without a recipient', () => {
    expect(smsShareHref('Pantry · https://example.org/listings/x/')).toBe(
      'sms:?&body=Pantry%20%C2%B7%20https%3A%2F%2Fexample.org%2Flistings%2Fx%2F',
    );
  });

  it('respects a sub-path base', () => {
    expect(withBase('/listings/x/', '/recovery-map/')).toBe('/recovery-map/listings/x/');
    expect(withBase('/', '/')).toBe('/');
  });
});
