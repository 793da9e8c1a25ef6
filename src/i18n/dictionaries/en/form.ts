/**
 * The listing form (/contribute/new/, /contribute/edit/): a volunteer who has never seen a listing
 * file fills in boxes, and the form writes and checks the file. Sentences may carry `**bold**`
 * and `[links](name)` (src/i18n/rich-text.ts) where the page renders them.
 *
 * The help under each box is the listing schema's own description of the field
 * (src/schemas/, `.describe()`), so the form and the editors' JSON Schema say the same thing,
 * except where the schema speaks of the file (quotes, lists in brackets, codes, site.yaml): there
 * the form speaks of its boxes.
 */
import { schemaDescriptions } from '#lib/listing-form/descriptions.ts';

const schema = schemaDescriptions();
/** The schema's description of a box, without the backticks it puts around field names. */
const described = (name: keyof typeof schema): string => (schema[name] ?? '').replace(/`/g, '');

export const form = {
  page: {
    newTitle: 'Suggest a new listing',
    newDescription:
      'Fill in a form to add a place, group or program to the map. It is checked as you type, then sent to the volunteers who publish changes.',
    newHeading: 'Suggest a new listing',
    newLede:
      'Fill in what you know about the place, group or program. Each answer is checked as you type, with the same rules the site checks every listing with. When everything is right, you send it to the volunteers who review and publish changes.',
    editTitle: 'Suggest an edit',
    editDescription:
      'Change a listing in a form. It is checked as you type, then sent to the volunteers who publish changes.',
    editHeading: 'Suggest an edit',
    editLede:
      'Change what is different and leave the rest as it is. Each answer is checked as you type. When everything is right, you send the change to the volunteers who review and publish it.',
    noscript:
      'This form needs JavaScript, which is turned off or not available in this browser. You can still help: [report a problem or suggest a listing in other ways](contribute).',
    otherWays: 'Rather not use a form? [Other ways to help](contribute).',
    privacy:
      'What you type stays in this browser until you choose one of the ways to send it at the end. Please leave out anyone’s last name or personal details.',
  },
  status: {
    loading: 'Loading the form…',
    loadingListing: 'Loading the listing…',
    noSlug: 'Which listing? Open the listing’s page and choose “Suggest an edit” there.',
    notFound: 'No listing has the address “{slug}”. Check the link, or [suggest a new listing](new).',
    failed: 'The form could not load what it needs. Check your connection, then reload the page.',
  },
  /** Shown after a box's label. */
  required: '(required)',
  /** The first choice of a list nothing has been chosen in yet. */
  choose: 'Choose…',
  notSaid: 'Not said',
  yes: 'Yes',
  no: 'No',
  allPathways: 'Welcomes every pathway',
  sections: {
    about: 'What it is',
    place: 'Where it is',
    reach: 'How to reach it',
    join: 'Joining online or by phone',
    times: 'When it is open or meets',
    who: 'Who it is for',
    meeting: 'About the meeting',
    housing: 'About the home',
    employer: 'About the employer',
    /** {language}: the language's own name ("Español"). */
    translation: 'In another language: {language}',
    translationLede:
      'Only what you can translate well; a box left empty shows the English words. Write for someone reading on a phone.',
    status: 'Open or closed',
    checked: 'How you know',
  },
  labels: {
    slug: 'Web address of its page',
    name: 'Name',
    category: 'Kind of place or service',
    support: 'Kinds of support it gives',
    pathways: 'Pathways to recovery',
    summary: 'One-line summary',
    description: 'Description',
    attendance: 'How people take part',
    street: 'Street and number',
    city: 'Town or city',
    region: 'State',
    postal_code: 'ZIP code',
    country: 'Country',
    lat: 'Latitude',
    lng: 'Longitude',
    location_private: 'The address is private (a recovery home, for example)',
    phone: 'Phone',
    sms: 'Number for text messages',
    email: 'E-mail address',
    website: 'Website',
    conference_url: 'Link to join online',
    conference_phone: 'Phone number to join',
    conference_notes: 'Notes for joining',
    hours: 'Opening hours',
    days: 'Days',
    opens: 'Opens',
    closes: 'Closes',
    schedule: 'Meeting or event times',
    day: 'Day',
    start: 'Starts',
    end: 'Ends',
    note: 'Note',
    weeks: 'Only some weeks of the month',
    every_other_week_from: 'Every other week, counting from',
    event_dates: 'Dates',
    timezone: 'Time zone',
    fellowship: 'Fellowship',
    by_appointment: 'By appointment: no set day or time',
    meeting_types: 'Meeting types',
    populations: 'Especially for',
    languages: 'Languages spoken',
    cost: 'Cost',
    accessibility: 'Accessibility',
    features: 'Also offers',
    moud: 'Medication (MOUD) policy',
    narr_level: 'NARR level',
    gender: 'Who lives there',
    beds: 'Number of beds',
    fair_chance: 'Hires people with a criminal record',
    industries: 'Kinds of work',
    status: 'Status',
    status_note: 'Why it is closed, and until when',
    last_verified: 'Date you confirmed the details',
    verified_how: 'How you confirmed them',
    translated_name: 'Name',
    translated_summary: 'One-line summary',
    translated_description: 'Description',
    /** The group of the two numbers of the map point. */
    geo: 'Point on the map',
  },
  help: {
    slug: 'Made from the name; change it only if you need to. Lowercase letters, numbers and hyphens, like northside-pantry.',
    // The schema says "asset", a planner's word; a volunteer knows a place, a group, a program.
    name: 'The name people know it by.',
    category: 'Choose the one that fits best.',
    support: 'The kinds of social support it gives; most give more than one.',
    pathways:
      'The recovery pathways it is tied to, if any. Choose “Welcomes every pathway” alone when it welcomes everyone.',
    summary: described('summary'),
    description:
      'Two or three plain sentences: who it is for, what to expect, and how to get started. Web links start with https://.',
    attendance: 'In person needs an address and a point on the map; online needs a way to join.',
    street: described('street'),
    city: described('city'),
    region: described('region'),
    postal_code: 'Postal or ZIP code, like 48912.',
    country: 'Only when it is in another country than the site: the two-letter code, like CA.',
    geo: 'Where it is on the map: tap it on the map below, or right-click the place in OpenStreetMap or Google Maps, copy the two numbers and paste them into the first box. For a private home, a street corner a block or two away: the site shows only an area about 800 m across.',
    lat: described('lat'),
    lng: described('lng'),
    location_private:
      'Tick this for a home whose address must stay private: leave out the street, and put the map point a block or two away, on a street corner. The site shows only an area about 800 m across, never a pin.',
    phone: 'With the area code, like 517-555-0142.',
    sms: described('sms'),
    email: described('email'),
    website: described('website'),
    conference_url: described('conference_url'),
    conference_phone: described('conference_phone'),
    conference_notes: described('conference_notes'),
    hours: described('hours'),
    days: described('days'),
    opens: 'Opening time.',
    closes: 'Closing time; earlier than the opening time means it closes after midnight.',
    schedule: described('schedule'),
    day: 'The day of the week.',
    start: 'Start time.',
    end: 'End time; earlier than the start means it runs past midnight.',
    note: described('note'),
    weeks:
      'For a session that is not every week: tick the weeks of the month it happens in, like 2nd for the 2nd Saturday. Tick none for every week.',
    every_other_week_from:
      'For a session every other week: the date of one session, on the same day of the week. Leave empty for every week.',
    event_dates: 'For events on set dates only: each date. The times come from the meeting or event times.',
    timezone:
      'Only when it keeps the time of another time zone than the site, like America/Chicago for an online meeting run from another state.',
    fellowship: described('fellowship'),
    by_appointment:
      'Tick this for a group that meets when people arrange it with them, and leave the meeting times empty. Its page says “By appointment”.',
    meeting_types: 'The Meeting Guide types that apply, like Open or Newcomer.',
    populations: described('populations'),
    languages: 'The languages spoken there. None ticked means English.',
    cost: described('cost'),
    accessibility: described('accessibility'),
    features: described('features'),
    moud: 'Whether residents who take medication for opioid use disorder (methadone, buprenorphine, naltrexone) are welcome. Always say.',
    narr_level: described('narr_level'),
    gender: 'Who the home is for.',
    beds: described('beds'),
    fair_chance: 'Does it hire people with a criminal record?',
    industries: 'Kinds of work, one per line, like food service.',
    status: 'Temporarily closed shows a notice on its page; closed takes it off the site.',
    status_note: described('status_note'),
    last_verified: 'The day you confirmed the details with the organization itself.',
    verified_how: described('verified_how'),
    translated_name: described('translated_name'),
    translated_summary: described('translated_summary'),
    translated_description: described('translated_description'),
  },
  rows: {
    addHours: 'Add opening hours',
    /** {n}: the row's number, for screen readers that hear only the button. */
    removeHours: 'Remove opening hours {n}',
    hoursRow: 'Opening hours {n}',
    addSession: 'Add a meeting or event time',
    removeSession: 'Remove time {n}',
    sessionRow: 'Time {n}',
    addDate: 'Add a date',
    dateRow: 'Date {n}',
    removeDate: 'Remove date {n}',
    added: 'Added. {row}.',
    removed: 'Removed.',
  },
  map: {
    show: 'Pick the point on a map',
    label: 'Map: click or tap where it is',
    hint: 'Click or tap the map where it is; the two numbers fill in. Or type them, or paste both into the first box, like 42.7325, -84.5555.',
    tilesFailed: 'The map’s background could not load. Type the two numbers instead.',
  },
  check: {
    button: 'Check my listing',
    /** {count}: "3 things to fix". */
    summaryHeading: 'Before you send it: {count}',
    count: { one: '1 thing to fix', other: '{n} things to fix' },
    warningsHeading: 'Worth a second look',
    /** Shown on pages in another language than the checker's messages, which are in English. */
    inEnglish: 'The checker’s messages are in English, the same as on GitHub.',
    allGood: 'Everything is filled in correctly. You can send it below.',
    /** After the list, while the rules between answers cannot run yet (lib/listing-form/check.ts, fitChecked). */
    moreAfter:
      'Once these are fixed, the check also looks at how the answers fit together (a place people visit needs its point on the map, for example), so something new may show up here.',
    warning: 'Worth a look:',
  },
  file: {
    heading: 'Your listing, ready to send',
    lede: 'This is the file the site is built from. You do not need to read or change it: the buttons below send it as it is.',
    notYet: 'The file appears here when everything above is filled in correctly.',
    unchanged: 'Nothing is changed yet: this is the listing as it is now.',
    /** {file}: where it goes in the repository. */
    name: 'File: {file}',
  },
  send: {
    heading: 'Send it',
    newTab: '(opens in a new tab)',
    propose: 'Propose it on GitHub',
    proposeNote:
      'GitHub opens with your listing filled in. Sign in (a free account), choose “Commit changes…”, then “Propose changes”. If you cannot change the project yourself, GitHub makes your own copy and a pull request for you.',
    pasteEdit: 'Copy the text and open GitHub’s editor',
    pasteNew: 'Copy the text and open GitHub',
    tooLong: 'Your listing is too long to be filled in through GitHub’s address, so copy it and paste it there.',
    elsewhere: 'The project is kept on {host}. Copy the text or download the file, then:',
    stepsHeading: 'Then, on GitHub:',
    stepsEdit: {
      select:
        'Select all the text in the editor (Ctrl+A, or ⌘A on a Mac; on a phone, press and hold, then “Select all”).',
      paste: 'Paste your new text over it (Ctrl+V, or ⌘V on a Mac).',
      propose: 'Choose “Commit changes…”, then “Propose changes”.',
    },
    stepsNew: {
      select: 'Click or tap in the big empty box of the editor.',
      paste: 'Paste your listing (Ctrl+V, or ⌘V on a Mac; on a phone, press and hold, then “Paste”).',
      propose: 'Choose “Commit changes…”, then “Propose changes”.',
    },
    stepsElsewhere: {
      select:
        'Open {file} in the project’s editor (for a new listing, add a file with that name) and select all its text.',
      paste: 'Paste your text over it.',
      propose: 'Save it as a proposed change (a pull or merge request).',
    },
    copy: 'Copy the text',
    copied: 'Copied. Now paste it where the steps say.',
    copyFailed: 'The text could not be copied here. It is selected in the box above: copy it yourself.',
    download: 'Download the file',
    emailHeading: 'No GitHub account?',
    email: 'Send it by e-mail',
    /** {email}: the organization's address. */
    emailNote: 'Your e-mail app opens with the listing in the message, to {email}. A volunteer adds it for you.',
    emailSubjectNew: 'New listing: {name}',
    emailSubjectEdit: 'Change to a listing: {name}',
  },
};
