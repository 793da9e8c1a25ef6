import type { Dictionary } from '../../dictionary.ts';

export const pages: Dictionary['pages'] = {};
