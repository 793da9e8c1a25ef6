// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and what they may not import (docs/ARCHITECTURE.md). Build-only rooms read
 * files, run workers or need Astro's content store; code that runs in the browser must never pull
 * them in, or the bundle grows by a YAML parser, a validator or a Node built-in that cannot run.
 */
const INTEGRATIONS = { regex: '(^#|/)integrations/', message: 'Integrations are build hooks.' };
const BROWSER = { regex: '(^#|/)(client|islands)/', message: 'Browser code is for the browser.' };

/**
 * Every language's words. The browser gets its page's words from the page (components/PageWords.astro,
 * client/page-words.ts) or as a prop, so no page ships another language's dictionary. Pure
 * functions that build a page's view at build time (a listing's page, its card, its handout) may
 * look words up; tests/e2e/built-html.spec.ts checks that no dictionary text reaches a script.
 */
const DICTIONARIES = {
  regex: '(^#i18n|/i18n)/(index|pages|terms)\\.ts$|(^#i18n|/i18n)/dictionaries/',
  message:
    'Dictionaries hold every language: a page hands its scripts their words (components/PageWords.astro, client/page-words.ts), and an island takes them as a prop.',
};

/**
 * The listing form (/contribute/new/, /contribute/edit/) checks and writes one listing in the
 * browser with the validator's and the file writer's own code, so a volunteer reads the messages
 * `npm run validate` prints. These files are its doors into those build-only rooms: one listing's
 * text read and checked, its problems, and the file written. SHARED_FILES (below) keeps everything
 * behind them free of Node and of the build.
 */
const DOORS = {
  validate: '(?!(listing|source|problem|field-names)\\.ts$)',
  authoring: '(?!listing-file\\.ts$)',
};

const NODE_AND_BUILD = [
  { regex: '^node:', message: 'Node built-ins do not exist in the browser.' },
  { regex: '^astro:content$', message: 'The content store exists only at build time: pass the values in as props.' },
  {
    regex: '(^#lib|/lib)/content/',
    message: 'lib/content reads files at build time; the browser gets data from the page or a JSON file.',
  },
  INTEGRATIONS,
];

const BUILD_ONLY = [
  ...NODE_AND_BUILD,
  {
    regex: `(^#lib|/lib)/validate/${DOORS.validate}`,
    message:
      "The validator runs at build time and in the CLIs; the browser may use one listing's check (validate/listing.ts, source.ts, problem.ts, field-names.ts).",
  },
  {
    regex: `(^#lib|/lib)/authoring/${DOORS.authoring}`,
    message: 'Authoring code is for the CLIs; the browser may use the file writer (authoring/listing-file.ts).',
  },
  { regex: '(^#lib|/lib)/open-data/', message: 'Exports and importers run at build time or in the CLIs.' },
];

/**
 * The files behind the doors: checking and writing one listing. They run in the browser too, so
 * they may use each other and the pure rooms, never Node, the content store, the project walk
 * and its threads, the CLIs' questions or the importers (but the one text helper the e-mail check
 * shares with the Meeting Guide importer).
 */
const SHARED_FILES = [
  'src/lib/validate/{listing,source,problem,messages,suggest,characters,free-text-emails,markdown,limits,translations,file-path,curly-quotes,day-ranges,field-names,misplaced-fields,personal-details,person-first,plain-http,us-zip-code,yaml-errors}.ts',
  'src/lib/authoring/{listing-file,schema-comment}.ts',
  'src/lib/open-data/meeting-guide/{text,conference-providers}.ts',
];
/** @type {import('eslint').Linter.RulesRecord} */
const sharedFiles = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...NODE_AND_BUILD,
        {
          regex: '((^#lib|/lib)/validate/|^\\./)(index|project|parallel|worker|handoff|queue|site)\\.ts$',
          message:
            "This file also runs in the browser (the listing form): the project walk and its threads are Node's.",
        },
        {
          regex: '((^#lib|/lib)/authoring/|^\\./)(new-listing|json-schema)\\.ts$',
          message: "This file also runs in the browser (the listing form): the CLIs' parts stay out.",
        },
        {
          regex: '(^#lib|/lib)/open-data/(?!meeting-guide/(text|conference-providers)\\.ts$)',
          message: 'This file also runs in the browser (the listing form): importers and exports stay out.',
        },
        BROWSER,
      ],
    },
  ],
};

/**
 * Browser code may use the shared, pure rooms of src/lib/ and nothing build-only.
 * @type {import('eslint').Linter.RulesRecord}
 */
const browserOnly = {
  'no-restricted-imports': ['error', { patterns: [...BUILD_ONLY, DICTIONARIES] }],
};

/**
 * The pure rooms run in both places, so they follow the browser's rule, and never import browser code.
 * @type {import('eslint').Linter.RulesRecord}
 */
const pureRooms = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...BUILD_ONLY,
        {
          regex: '^\\.\\./(content|validate|authoring|open-data)/',
          message: "A pure room never imports a build-only one (the listing form's doors are imported as #lib/…).",
        },
        BROWSER,
      ],
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  // Server-side .astro code and build-only rooms use all of src/lib/, but never a build hook, and
  // build code never reaches into browser code. (First, so the browser rule below wins for the
  // <script> blocks of .astro files.)
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [INTEGRATIONS] }] },
  },
  {
    files: [
      'src/integrations/**',
      'src/lib/content/**',
      'src/lib/validate/**',
      'src/lib/authoring/**',
      'src/lib/open-data/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [BROWSER] }] },
  },
  // After the build-only rooms' rule, which it replaces for these files.
  { files: SHARED_FILES, rules: sharedFiles },
  // Browser code: src/client/, the islands, and the <script> blocks of .astro files (which the Astro
  // plugin lints as virtual files named <file>.astro/<n>_<n>.ts).
  { files: ['src/client/**', 'src/islands/**', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'], rules: browserOnly },
  // A page's first Intl number format loads the locale's number data, a long task on a slow phone:
  // browser code writes numbers with formatNumber (src/i18n/numbers.ts), which needs none.
  {
    files: ['src/client/**', 'src/islands/**', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='toLocaleString']",
          message: "Write numbers with formatNumber from '#i18n/numbers.ts': it needs no Intl data at load.",
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
          message: "Write numbers with formatNumber from '#i18n/numbers.ts': it needs no Intl data at load.",
        },
      ],
    },
  },
  {
    files: [
      'src/lib/capital/**',
      'src/lib/csv/**',
      'src/lib/finder/**',
      'src/lib/gaps/**',
      'src/lib/html/**',
      'src/lib/listing-form/**',
      'src/lib/map/**',
      'src/lib/meetings/**',
      'src/lib/my-list/**',
      'src/lib/offline/**',
      'src/lib/time/**',
      'src/lib/web-app/**',
    ],
    rules: pureRooms,
  },
  // The Rules of React for the islands: hooks called unconditionally, effects that list what they
  // read, no state set or refs read while rendering.
  { files: ['src/islands/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // The islands run on Preact's React-compatible layer (README): its useSyncExternalStore never
  // uses a server snapshot, so a first render that must match the server's HTML would not.
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...BUILD_ONLY, DICTIONARIES],
          paths: [
            {
              name: 'react',
              importNames: ['useSyncExternalStore'],
              message:
                'Preact ignores the server snapshot: for "false until the island has taken over", set state in an effect (use-media-query.ts).',
            },
          ],
        },
      ],
    },
  },
);
