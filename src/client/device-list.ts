/**
 * This device's list: slugs in order, in localStorage under STORAGE_KEY. Never the note, never
 * anything about a person. When storage is blocked (some private modes), the list lives in memory
 * for this page, and the "My list" link carries it in its address instead.
 */
import { STORAGE_KEY, parseIds } from '#lib/my-list/list.ts';

/** Fired on `window` when this page changes the device's list. */
export const LIST_CHANGED = 'my-list-change';

let memory: string[] = [];

/** The device's list, or the in-memory one when storage cannot be read. */
export function readDeviceList(): string[] {
  try {
    return parseIds(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [...memory];
  }
}

/** Replaces the device's list; an empty list removes the key, so nothing is left behind. */
export function writeDeviceList(ids: readonly string[]): void {
  memory = [...ids];
  try {
    if (ids.length) localStorage.setItem(STORAGE_KEY, ids.join(','));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked or full: the in-memory copy above still serves this page.
  }
  dispatchEvent(new CustomEvent(LIST_CHANGED));
}

/**
 * Calls `callback` whenever the device's list may have changed: when this page writes it, and when
 * another tab does (the `storage` event; a null key means that tab cleared all of storage).
 */
export function onDeviceListChange(callback: () => void): void {
  addEventListener(LIST_CHANGED, () => callback());
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  });
}
