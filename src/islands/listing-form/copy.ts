/**
 * Copying the file's text and saving it as a file, on the device. The clipboard API needs a
 * secure page and permission; where it fails, the text in the page's box is selected and copied
 * the old way, and failing that the volunteer is told to copy it by hand.
 */

/** Copies `text`; true when it was copied. */
export async function copyText(text: string, fallback?: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // Deprecated, but the one way left when the clipboard API is refused.
    return document.execCommand('copy');
  }
}

/** Saves `text` as a file named `name`, through a link to a blob made on the device. */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
