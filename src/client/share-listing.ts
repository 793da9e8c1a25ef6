/**
 * A listing page's actions that pass it on: Share, "Text it to someone", Print, the e-mailed
 * problem report and the printout's "This page online" line. Each names the page by the address
 * it is served from (this origin, plus the path under the site's base that the page gives), never
 * by the address the build was told: that may be a placeholder, and then every shared link would
 * be dead. Share opens the phone's share sheet when the browser has one (Web Share API), else
 * copies the link; either way only the page's address and name leave the page, and only to where
 * the visitor sends them. Its words, in the page's language, come from the page
 * (ShareListing.astro hands them over as "listingShare").
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill } from '#i18n/text.ts';
import { smsBodyHref } from '#lib/my-list/share.ts';
import { reportProblemMailto } from '#lib/html/report.ts';
import { pageWords } from './page-words.ts';

/** What ShareListing.astro hands this script: the share words and the report's. */
export interface ShareWords {
  share: Dictionary['listing']['share'];
  report: Dictionary['listing']['report']['message'];
}

/** The absolute address of `path` on the site as this browser reached it. */
export function servedAddress(path: string | undefined): string {
  return new URL(path ?? location.pathname, location.href).href;
}

export function startListingActions(doc: Document): void {
  const words = pageWords<ShareWords>(doc, 'listingShare');
  // Without its words the page keeps what the server wrote: no English slips onto another page.
  if (!words) return;
  const status = doc.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  doc.querySelectorAll<HTMLButtonElement>('[data-share-listing]').forEach((button) => {
    const title = button.dataset.title ?? doc.title;
    if (!('share' in navigator)) button.textContent = words.share.copyLink;
    button.addEventListener('click', async () => {
      // Read at click time, so the link is right even if the page was opened under another name.
      const url = servedAddress(button.dataset.path);
      if ('share' in navigator) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          // Closing the share sheet is not a failure; anything else falls back to copying.
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say(words.share.copied);
      } catch {
        say(fill(words.share.copyThis, { url }));
      }
    });
  });

  doc.querySelectorAll<HTMLAnchorElement>('[data-share-sms]').forEach((link) => {
    const withLink = () => {
      link.href = smsBodyHref([link.dataset.message, servedAddress(link.dataset.path)].filter(Boolean).join(' · '));
    };
    withLink();
    // Again on the tap itself, before the browser follows the link.
    link.addEventListener('click', withLink);
  });

  doc.querySelectorAll<HTMLAnchorElement>('[data-report-mail]').forEach((link) => {
    const { email, slug, name, path } = link.dataset;
    if (email && slug && name)
      link.href = reportProblemMailto(email, { slug, name, page: servedAddress(path) }, words.report);
  });

  doc.querySelectorAll<HTMLElement>('[data-print-address]').forEach((line) => {
    line.querySelector('span')!.textContent = servedAddress(line.dataset.path);
    line.hidden = false;
  });

  doc.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.addEventListener('click', () => print());
  });
}
