import { describe, expect, it } from 'vitest';
import {
  directionsUrl,
  editUrl,
  formatPhone,
  geoUri,
  reportProblemMailto,
  reportProblemUrl,
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

  it('points edit and report links at the repository', () => {
    const repo = { url: 'https://github.com/example/map/', branch: 'main' };
    expect(editUrl(repo, 'data/listings/food/x.md')).toBe(
      'https://github.com/example/map/edit/main/data/listings/food/x.md',
    );
    const report = new URL(reportProblemUrl(repo, 'x', 'X Pantry'));
    expect(report.pathname).toBe('/example/map/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem with listing: X Pantry');
    expect(report.searchParams.get('body')).toContain('`x`');
    expect(report.searchParams.get('body')).toContain('- [ ] Phone number');
  });

  it('offers the same report by e-mail, with spaces a mail app reads', () => {
    const mail = reportProblemMailto('hello@example.org', 'x', 'X & Y Pantry');
    expect(
      mail.startsWith('mailto:hello@example.org?subject=Problem%20with%20listing%3A%20X%20%26%20Y%20Pantry&body='),
    ).toBe(true);
    expect(mail).not.toContain('+');
    const body = decodeURIComponent(mail.split('&body=')[1]!);
    expect(body).toContain('Listing: X & Y Pantry (`x`)');
    expect(body).toContain('- Hours or meeting times');
    expect(body).toContain('do not include anyone’s name');
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
