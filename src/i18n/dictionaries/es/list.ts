import type { Dictionary } from '../../dictionary.ts';

export const list: Dictionary['list'] = {};
