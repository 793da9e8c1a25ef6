/**
 * The Spanish dictionary, for a US community. Person-first throughout ("persona en
 * recuperación", "trastorno por consumo de sustancias"), and the visitor is "usted" (CONTRIBUTING.md).
 */
import type { Dictionary } from '../../dictionary.ts';
import { capital } from './capital.ts';
import { finder } from './finder.ts';
import { form } from './form.ts';
import { frame } from './frame.ts';
import { gaps } from './gaps.ts';
import { list } from './list.ts';
import { listing } from './listing.ts';
import { meetings } from './meetings.ts';
import { offline } from './offline.ts';
import { pages } from './pages.ts';
import { safety } from './safety.ts';
import { time } from './time.ts';
import { vocabulary } from './vocabulary.ts';

export const es: Dictionary = {
  frame,
  time,
  vocabulary,
  listing,
  finder,
  meetings,
  list,
  pages,
  capital,
  gaps,
  safety,
  form,
  offline,
};
