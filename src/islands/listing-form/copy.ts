/**
 * Copying the file's text and saving it as a file, on the device. The clipboard needs a secure
 * page and the browser's leave; where it is refused, the text in the page's box is selected, so
 * the volunteer copies it with one more tap, and told so.
 */

/** Copies `text`; false (with `fallback`'s text selected) when the clipboard is refused. */
export async function copyText(text: string, fallback?: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
    return false;
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
