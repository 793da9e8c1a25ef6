/**
 * Words of a listing's page and of the listing cards (finder, landing pages, categories).
 * Templates whose placeholder becomes an element on the page ({link}, {ago}, {tellUs}) are split
 * around it by the component (src/lib/html/template-parts.ts), so the words stay whole sentences.
 */
export const listing = {
  /** The meta description when the listing has no summary in the page's language. */
  metaDescription: '{category} in {place}.',
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  /** Shown beside the listing's own words when they are not in the page's language. */
  untranslated: {
    summary: 'This summary is not translated into English yet.',
    description: 'This description is not translated into English yet.',
  },
  notices: {
    closed: 'Temporarily closed.',
    closedDefault: 'Call before you go to check whether it has reopened.',
    staleTitle: 'This listing may be out of date.',
    staleBody: 'It was last verified {ago}. Call before you go, and {tellUs} if something has changed.',
    tellUs: 'tell us',
  },
  contact: {
    heading: 'Contact and location',
    address: 'Address',
    area: 'Area',
    privateNote: 'The exact address is private to protect residents. Call to learn more.',
    phone: 'Phone',
    text: 'Text',
    email: 'E-mail',
    website: 'Website',
    joinOnline: 'Join online',
    joinLink: 'Join the meeting online',
    dialIn: 'Dial in:',
  },
  buttons: { call: 'Call', text: 'Text', directions: 'Directions', mapApp: 'Open in map app' },
  verified: {
    /** {ago} is a relative age from Intl ("3 weeks ago"); the way it was checked follows it. */
    line: 'Verified {ago}',
    stale: '(may be out of date)',
  },
  report: {
    heading: 'Something wrong or out of date?',
    mailLead: '{link} by e-mail. No account needed: your e-mail app opens with a message that names this listing.',
    mailLink: 'Report a problem',
    issueSecond: 'Or {link} (needs a free account)',
    issueSecondLink: 'report it on {host}',
    issueOnly: '{link} (needs a free account)',
    issueOnlyLink: 'Report a problem on {host}',
    edit: 'Edit this listing',
    /** The listing form, for volunteers who would rather not edit the file. */
    suggestLead: '{link} in a form that checks your changes as you type.',
    suggestLink: 'Suggest an edit',
    /** When the repository is on a host the site does not know by name. */
    unknownHost: 'the project’s issue tracker',
    /** The prefilled report, written in the page's language for whoever reads it. */
    message: {
      title: 'Problem with listing: {name}',
      listing: 'Listing: {name} ({code})',
      page: 'Page: {page}',
      whatIsWrong: 'What is wrong? ({ask})',
      askIssue: 'tick any that apply',
      askMail: 'keep the lines that apply',
      phone: 'Phone number',
      address: 'Address or location',
      hours: 'Hours or meeting times',
      closed: 'It has closed',
      other: 'Something else',
      whatIsRight: 'What is right, if you know:',
      privacy: '(Please do not include anyone’s name or personal details.)',
    },
  },
  share: {
    label: 'Share or print',
    share: 'Share',
    copyLink: 'Copy link',
    print: 'Print',
    sms: 'Text it to someone',
    copied: 'Link copied. Paste it into a message or e-mail.',
    copyThis: 'Copy this link: {url}',
    printAddress: 'This page online:',
    /** Where an online listing is, in the text message. */
    online: 'Online',
  },
  addToList: {
    add: 'Add to my list',
    added: 'On my list ✓ (remove)',
    full: 'Your list is full; remove one first',
  },
  sections: {
    about: 'About',
    when: 'When',
    addToCalendar: 'Add to your calendar (.ics)',
    dates: 'Dates:',
    hours: 'Hours',
    support: 'What kind of support',
    pathways: 'Pathways',
    work: 'Work',
    details: 'Good to know',
    housing: 'Housing details',
    map: 'On the map',
  },
  housing: {
    moud: 'Medication for opioid use disorder (MOUD)',
    narrLevel: 'NARR level',
    residents: 'Residents',
    beds: 'Beds',
  },
  work: {
    fairChance: 'Fair-chance hiring',
    fairChanceYes: 'Yes: people with a criminal record are considered.',
    notStated: 'Not stated.',
    kinds: 'Kinds of work',
  },
  details: {
    takePart: 'How to take part',
    cost: 'Cost',
    languages: 'Languages',
    especiallyFor: 'Especially for',
    accessibility: 'Accessibility',
    also: 'Also',
    meetingType: 'Meeting type',
  },
  map: {
    area: 'Map of the area around {name}',
    point: 'Map of where {name} is',
    areaCaption: 'The circle shows the area; the exact address is private.',
    tilesFailed: 'The map background could not load (you may be offline).',
  },
  tables: {
    hoursCaption: 'Opening hours · {zone} ({tz})',
    days: 'Days',
    hours: 'Hours',
    scheduleCaption: 'Times are {zone} ({tz})',
    day: 'Day',
    time: 'Time',
  },
  badges: { label: 'Support and pathways', support: 'Support:', pathway: 'Pathway:' },
  /** A meeting with no set day or time (Meeting Guide's "by appointment"), on its page and card. */
  appointment: {
    label: 'By appointment',
    note: 'There is no set day or time: people arrange one with the group.',
  },
  card: {
    online: 'Online',
    byPhone: 'By phone',
    andOnline: '{city} and online',
    call: 'Call {phone}',
  },
  list: {
    empty: 'Nothing is listed here yet. If you know of a place that belongs here, {link}.',
    addIt: 'add it',
  },
};
