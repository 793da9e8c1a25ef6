import { describe, expect, it } from 'vitest';
import { dictionary } from '#i18n/index.ts';
import { codeHostName, reportProblemMailto, reportProblemUrl } from '#lib/html/report.ts';

const EN = dictionary('en').listing.report.message;
const ES = dictionary('es').listing.report.message;

const repo = { url: 'https://github.com/example/map/', branch: 'main' };
const pantry = { slug: 'x', name: 'X & Y Pantry' };

/** The body of a `mailto:` link, decoded. */
function mailBody(href: string): string {
  return decodeURIComponent(href.split('&body=')[1]!);
}

describe('reporting a problem by e-mail (no account needed)', () => {
  it('writes the subject and a body a mail app reads, spaces as %20', () => {
    const mail = reportProblemMailto('hello@example.org', pantry, EN);
    expect(
      mail.startsWith('mailto:hello@example.org?subject=Problem%20with%20listing%3A%20X%20%26%20Y%20Pantry&body='),
    ).toBe(true);
    expect(mail).not.toContain('+');
    const body = mailBody(mail);
    expect(body.split('\n')[0]).toBe('Listing: X & Y Pantry (x)');
    expect(body).toContain('\n- Hours or meeting times\n');
    expect(body).not.toContain('[ ]');
    expect(body).toContain('do not include anyone’s name');
  });

  it('names the page when the browser knows its address, and only then', () => {
    expect(mailBody(reportProblemMailto('a@b.org', pantry, EN))).not.toContain('Page:');
    const body = mailBody(
      reportProblemMailto('a@b.org', { ...pantry, page: 'http://127.0.0.1:4321/recovery-map/listings/x/' }, EN),
    );
    expect(body.split('\n').slice(0, 2)).toEqual([
      'Listing: X & Y Pantry (x)',
      'Page: http://127.0.0.1:4321/recovery-map/listings/x/',
    ]);
  });

  it('keeps a name with mail-syntax characters inside the subject', () => {
    const mail = reportProblemMailto('a@b.org', { slug: 'q', name: 'A?b=c&body=evil #1' }, EN);
    const url = new URL(mail);
    expect(url.searchParams.get('subject')).toBe('Problem with listing: A?b=c&body=evil #1');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });
});

describe('reporting a problem on the code host', () => {
  it('opens a new issue naming the listing, with a checklist and a label', () => {
    const report = new URL(reportProblemUrl(repo, pantry, EN));
    expect(report.pathname).toBe('/example/map/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem with listing: X & Y Pantry');
    expect(report.searchParams.get('labels')).toBe('listing-report');
    const body = report.searchParams.get('body')!;
    expect(body).toContain('Listing: X & Y Pantry (`x`)');
    expect(body).toContain('- [ ] Phone number');
    expect(body).toContain('tick any that apply');
  });

  it('names the host people need an account on', () => {
    expect(codeHostName('https://github.com/example/map')).toBe('GitHub');
    expect(codeHostName('https://www.github.com/example/map')).toBe('GitHub');
    expect(codeHostName('https://gitlab.com/example/map')).toBe('GitLab');
    expect(codeHostName('https://codeberg.org/example/map')).toBe('Codeberg');
    expect(codeHostName('https://git.example.org/map')).toBe('the project’s issue tracker');
    expect(codeHostName('not a url')).toBe('the project’s issue tracker');
    expect(codeHostName('https://git.example.org/map', 'el sistema de reportes del proyecto')).toBe(
      'el sistema de reportes del proyecto',
    );
  });
});

describe('a report from a Spanish page', () => {
  it('is written in Spanish, in the issue and in the e-mail', () => {
    const issue = new URL(reportProblemUrl(repo, { slug: 'x', name: 'Despensa X & Y' }, ES));
    expect(issue.searchParams.get('title')).toBe('Problema con un recurso: Despensa X & Y');
    expect(issue.searchParams.get('body')!.split('\n')).toEqual([
      'Recurso: Despensa X & Y (`x`)',
      '',
      '¿Qué está mal? (marque lo que corresponda)',
      '- [ ] Número de teléfono',
      '- [ ] Dirección o ubicación',
      '- [ ] Horario o días de reunión',
      '- [ ] Ya cerró',
      '- [ ] Otra cosa',
      '',
      'Lo correcto, si lo sabe:',
      '',
      '(Por favor, no incluya el nombre ni datos personales de nadie).',
    ]);
    const mail = reportProblemMailto(
      'a@b.org',
      { slug: 'x', name: 'Despensa', page: 'https://e.org/es/listings/x/' },
      ES,
    );
    expect(mail).not.toContain('+');
    const body = mailBody(mail);
    expect(body.split('\n').slice(0, 2)).toEqual(['Recurso: Despensa (x)', 'Página: https://e.org/es/listings/x/']);
    expect(body).toContain('(deje las líneas que correspondan)');
    expect(new URL(mail).searchParams.get('subject')).toBe('Problema con un recurso: Despensa');
  });
});
