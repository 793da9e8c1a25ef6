/**
 * The map's credit line as the HTML Leaflet's attribution control wants: built here from the two
 * validated parts of site.yaml (`map.attribution`, text; `map.attribution_url`, an https address),
 * never taken as HTML, so nothing in the configuration can add markup, a script or a
 * `javascript:` link to a map. Pure: the finder's map and a detail page's map both use it.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The address when it is an absolute https:// URL, else undefined (the credit is then plain text). */
function httpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `text`, escaped, wrapped in a link to `url` when that is an https address. */
export function attributionHtml(text: string, url?: string): string {
  const link = httpsUrl(url);
  const words = escape(text);
  return link ? `<a href="${escape(link)}" rel="noreferrer">${words}</a>` : words;
}
