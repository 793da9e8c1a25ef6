/**
 * Share and Print on a listing's page. Share opens the phone's share sheet when the browser has
 * one (Web Share API), else copies the link; either way only the page's address and name leave
 * the page, and only to where the visitor sends them.
 */
export function startShareButtons(doc: Document): void {
  const status = doc.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  doc.querySelectorAll<HTMLButtonElement>('[data-share-listing]').forEach((button) => {
    const url = button.dataset.url ?? location.href;
    const title = button.dataset.title ?? doc.title;
    if (!('share' in navigator)) button.textContent = 'Copy link';
    button.addEventListener('click', async () => {
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
        say('Link copied. Paste it into a message or e-mail.');
      } catch {
        say(`Copy this link: ${url}`);
      }
    });
  });
  doc.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.addEventListener('click', () => print());
  });
}
