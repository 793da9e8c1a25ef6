/**
 * Text for the XML the exports write (the Atom feed, /feed.xml). XML 1.0 forbids most control
 * characters (NUL included), lone surrogates and U+FFFE/U+FFFF even when escaped, and one of them
 * makes the whole feed unreadable to every feed reader. The validator rejects control characters
 * in listings; this is the second guard, so no listing text can ever break the file.
 */
import { escapeHtml } from '#lib/html/card.ts';

/** Everything outside XML 1.0's `Char` production (https://www.w3.org/TR/xml/#charsets). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids. */
export const xmlChars = (text: string): string => text.replace(NOT_XML_CHAR, '');

/** The text as XML character data or an attribute value: forbidden characters left out, the rest escaped. */
export const xmlText = (text: string): string => escapeHtml(xmlChars(text));
