/**
 * Renders a listing description. micromark is the parser the validator checks descriptions
 * with, so what passed validation is exactly what renders; it escapes any HTML by default.
 */
import { micromark } from 'micromark';

export function renderDescription(markdown: string | undefined): string {
  if (!markdown || markdown.trim() === '') return '';
  return micromark(markdown);
}
