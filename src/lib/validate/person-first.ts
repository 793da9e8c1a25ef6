/**
 * Words that label people by their substance use ("addict", "abuser", "clean"/"dirty"), in
 * English and Spanish, each with the person-first words to use instead (CONTRIBUTING.md, "What a
 * reviewer checks"; the site's values in docs). A warning, not an error: a fellowship's own
 * literature or a quotation may use them, and a reviewer decides.
 *
 * "Clean" and "dirty" are ordinary words too ("clean clothes", "a clean kitchen"), so they count
 * only in the phrases that use them about a person or a drug test ("stay clean", "90 days clean",
 * "clean and sober", "a dirty test"); the same for "limpio" and "sucio".
 */
import { textValues } from './characters.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

interface Rule {
  /** The phrase to find, matched case-insensitively on whole words. */
  pattern: RegExp;
  /** What to write instead. */
  instead: string;
}

const TEST = String.raw`(?:drug\s+|urine\s+)?(?:tests?|screens?|screenings?|urine|UAs?|drops?)`;
const PRUEBA = String.raw`(?:pruebas?|exámen(?:es)?|examen)(?:\s+de\s+\p{L}+)?`;

const RULES: readonly Rule[] = [
  {
    pattern:
      /\b(?:drug\s+|ex-?|former\s+|recovering\s+)?(?:addicts?|junkies?|druggies?|crackheads?|dope\s*fiends?)\b/giu,
    instead: '"people in recovery", "people who use drugs" or "people with a substance use disorder"',
  },
  {
    pattern:
      /\b(?:substance|drug|alcohol|opioid|chemical)\s+abuse(?:rs?)?\b(?!\s+and\s+mental\s+health\s+services)|\b(?:drug|substance)\s+misusers?\b/giu,
    instead: '"substance use" and "people who use drugs" (or "a substance use disorder")',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:get|gets|getting|got|gotten|stay|stays|staying|stayed|remain|remains|remaining|remained)\s+clean\b|\bclean\s+and\s+sober\b|\bclean\s+(?:time|dates?)\b|\b\d+\s+(?:days?|weeks?|months?|years?)\s+clean\b|\bclean\s+${TEST}\b`,
      'giu',
    ),
    instead: '"in recovery", "not using" or "a negative test"',
  },
  {
    pattern: new RegExp(
      String.raw`\bdirty\s+${TEST}\b|\b(?:came|comes|come|tested|tests|test|testing)\s+(?:back\s+|up\s+)?dirty\b`,
      'giu',
    ),
    instead: '"a positive test" or "using"',
  },
  {
    pattern: /(?<![\p{L}])(?:drog)?adict[oa]s?(?![\p{L}])|(?<![\p{L}])toxicóman[oa]s?(?![\p{L}])/giu,
    instead:
      '"personas en recuperación", "personas que consumen drogas" o "personas con un trastorno por consumo de sustancias"',
  },
  {
    pattern: /(?<![\p{L}])(?:abuso|abusador(?:es)?|abusadoras?)\s+de\s+(?:sustancias|drogas|alcohol)(?![\p{L}])/giu,
    instead: '"consumo de sustancias" y "personas que consumen drogas"',
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:estar|estoy|está|están|estamos|mantenerse|manténgase|mantenerte|seguir|sigue|siguen|seguimos)\s+limpi[oa]s?(?![\p{L}])|(?<![\p{L}])\d+\s+(?:días|semanas|meses|años)\s+limpi[oa]s?(?![\p{L}])|(?<![\p{L}])${PRUEBA}\s+limpias?(?![\p{L}])`,
      'giu',
    ),
    instead: '"en recuperación", "sin consumir" o "una prueba negativa"',
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])${PRUEBA}\s+sucias?(?![\p{L}])|(?<![\p{L}])sali[óo]\s+suci[oa](?![\p{L}])`,
      'giu',
    ),
    instead: '"una prueba positiva" o "consumiendo"',
  },
];

/** The labelling phrases in `text`, each with what to write instead, in the order they appear. */
export function labellingWords(text: string): { phrase: string; index: number; instead: string }[] {
  const found: { phrase: string; index: number; instead: string }[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      found.push({ phrase: match[0].replace(/\s+/g, ' '), index: match.index, instead: rule.instead });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** One warning per labelling phrase, on its own line of the value. */
export function checkPersonFirstWords(
  file: string,
  source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  const problems: Problem[] = [];
  for (const value of textValues(source)) {
    // Addresses, links and ids hold no such words, and reading them would only cost time.
    if (/^(?:https?:|mailto:)/i.test(value.text)) continue;
    for (const found of labellingWords(value.text)) {
      problems.push({
        file,
        line: value.line() + value.text.slice(0, found.index).split('\n').length - 1,
        field: value.field,
        path: value.path,
        message: `"${found.phrase}" labels people by their substance use; write person-first words instead, like ${found.instead} (CONTRIBUTING.md, "What a reviewer checks")`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
