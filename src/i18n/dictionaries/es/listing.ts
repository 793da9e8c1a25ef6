import type { Dictionary } from '../../dictionary.ts';

export const listing: Dictionary['listing'] = {};
