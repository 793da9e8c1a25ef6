/**
 * The English dictionary: every word the site shows that is not data, by area. It is the
 * reference: its shape is the `Dictionary` type every other language must fill.
 */
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

export const en = {
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
  offline,
  form,
};
