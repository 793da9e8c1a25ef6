/**
 * Field order: an edited file keeps the order its fields were written in, so the lines a
 * volunteer did not touch stay where they were and a reviewer's diff shows only the change.
 */

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/**
 * `value` with the keys of every object (at any depth) in the order `original` has them at the
 * same place; a key `original` lacks goes after every key that comes before it in `value`.
 * Without an original, `value` as it is.
 */
export function orderLike(value: unknown, original: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => orderLike(item, Array.isArray(original) ? original[i] : undefined));
  }
  if (!isFields(value)) return value;
  const keys = Object.keys(value);
  const order = isFields(original) ? Object.keys(original).filter((key) => key in value) : [];
  keys.forEach((key, i) => {
    if (order.includes(key)) return;
    // After the last of the keys that come before it in `value` (-1 + 1: first, when none does).
    const after = Math.max(-1, ...keys.slice(0, i).map((earlier) => order.indexOf(earlier)));
    order.splice(after + 1, 0, key);
  });
  const own = isFields(original) ? original : {};
  return Object.fromEntries(order.map((key) => [key, orderLike(value[key], own[key])]));
}
