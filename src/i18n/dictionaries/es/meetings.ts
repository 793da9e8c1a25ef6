import type { Dictionary } from '../../dictionary.ts';

export const meetings: Dictionary['meetings'] = {};
