/**
 * A dictionary sentence with an element inside it ("{link} by e-mail", "and {tellUs} if …"):
 * the text before and after the placeholder, so a component puts the element between them and
 * each language keeps its own word order.
 */
export function aroundPlaceholder(template: string, name: string): [before: string, after: string] {
  const mark = `{${name}}`;
  const at = template.indexOf(mark);
  if (at < 0) return [template, ''];
  return [template.slice(0, at), template.slice(at + mark.length)];
}
