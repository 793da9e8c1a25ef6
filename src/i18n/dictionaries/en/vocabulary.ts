/** The vocabularies' English words are defined once, in src/taxonomy.ts; this reads them from there. */
import { englishVocabulary } from '../../vocabulary.ts';

export const vocabulary = englishVocabulary();
