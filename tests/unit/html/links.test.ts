import { describe, expect, it } from 'vitest';
import {
  asciiUrl,
  descriptionTelHref,
  directionsUrl,
  editUrl,
  formatPhone,
  geoUri,
  smsHref,
  smsShareHref,
  telHref,
  websiteText,
  withBase,
} from '#lib/html/links.ts';

describe('links', () => {
  it('dials and texts in international form', () => {
    expect(telHref('517-555-0142')).toBe('tel:+15175550142');
    expect(smsHref('(517) 555-0142')).toBe('sms:+15175550142');
    expect(formatPhone('517.555.0142')).toBe('(517) 555-0142');
  });

  it('dials an extension after a pause, shows it, and leaves it out of a text message', () => {
    // "ext. 2", "x2", "extension 2" and "#2" are all read as the extension 2.
    for (const phone of ['517-555-0199 ext. 2', '517-555-0199 x2', '(517) 555-0199 extension 2', '517-555-0199 #2']) {
      expect(telHref(phone)).toBe('tel:+15175550199,2');
    }
    expect(formatPhone('517-555-0199 ext. 2')).toBe('(517) 555-0199 ext. 2');
    expect(smsHref('517-555-0199 ext. 2')).toBe('sms:+15175550199');
    expect(telHref('+44 20 7946 0958 ext. 12')).toBe('tel:+442079460958,12');
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

  it('shows a website by its host in punycode, so a look-alike host cannot pass for another', () => {
    // "exаmple.org" with a Cyrillic "а" (U+0430).
    expect(websiteText('https://ex\u0430mple.org/hours/')).toBe('xn--exmple-4nf.org/hours');
    expect(asciiUrl('https://ex\u0430mple.org/hours/')).toBe('https://xn--exmple-4nf.org/hours/');
    expect(websiteText('https://Tenants.Example.org/Caf\u00e9?x=1')).toBe('tenants.example.org/Caf\u00e9?x=1');
    expect(websiteText('http://example.org:8080/')).toBe('example.org:8080');
  });

  it('never shows a user name before "@" as if it were the site', () => {
    expect(websiteText('https://example.org@evil.example/path')).toBe('evil.example/path');
    expect(asciiUrl('https://example.org:pw@evil.example/path')).toBe('https://evil.example/path');
  });

  it("dials a description's tel: link in international form, and only a real number", () => {
    expect(descriptionTelHref('tel:+1-517-555-0142')).toBe('tel:+15175550142');
    expect(descriptionTelHref('tel:(517) 555-0142')).toBe('tel:+15175550142');
    expect(descriptionTelHref('tel:988')).toBe('tel:988');
    expect(descriptionTelHref('tel:call-the-office')).toBeUndefined();
    expect(descriptionTelHref('tel:12')).toBeUndefined();
    expect(descriptionTelHref('https://example.org')).toBeUndefined();
  });
});
