import type { Dictionary } from '../../dictionary.ts';

export const finder: Dictionary['finder'] = {};
