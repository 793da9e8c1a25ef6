/**
 * The content pages: about, contribute, browse, the landing page of each category, kind of
 * support and pathway, the 404 page, and the notes at the foot of every printout. Sentences may
 * carry `**bold**`, `` `code` `` and `[links](name)` (src/i18n/rich-text.ts).
 */
export const pages = {
  print: {
    helpLead: 'Need help right now?',
    /** One help line: "988 Suicide & Crisis Lifeline: call (988) …". */
    helpLine: '{label}: call {phone}',
    helpText: 'or text {phone}',
    emergency: 'In an emergency, call 911.',
    printedOn: 'Printed on {date} from {site}.',
    published: 'This page was last published on {date}.',
  },
  notFound: {
    title: 'Page not found',
    heading: 'We can’t find that page',
    text: 'The listing may have moved or closed, or the link may have a typo. Try searching, go to the [start page](home), or [browse everything](browse).',
  },
  landing: {
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    /** The kinds of landing page, for the breadcrumb and the title. */
    categories: 'Categories',
    support: 'Kinds of support',
    pathways: 'Pathways',
    count: { one: 'listing', other: 'listings' },
    pathwayNote: 'Includes places that welcome every pathway. No pathway is better than another.',
  },
  /** Pages of a long list (the finder without JavaScript, a landing page). */
  pager: {
    label: 'Pages of results',
    previous: 'Previous page',
    next: 'Next page',
    /** A page number's accessible name. */
    page: 'Page {n}',
    /** Where the reader is, shown above the cards and in the title. */
    position: 'Page {page} of {count}',
  },
  browse: {
    title: 'Browse',
    description: 'Every kind of recovery resource on the map.',
    categories: 'By kind of place or service',
    support: 'By kind of support',
    pathways: 'By pathway to recovery',
  },
  about: {
    title: 'About',
    description: 'What this map is, the kinds of support it lists, and the values behind it.',
    heading: 'About {site}',
    lede: 'A map of the people, places and groups in {region} that help people build and keep their recovery from substance use, and that help the families beside them.',
    intro:
      'Recovery is more than treatment. It is a safe place to live, work that pays, a dentist who treats you with respect, a meeting tonight, child care, a ride, and somewhere alcohol- and drug-free to spend a Friday night. Communities already have many of these resources; this map gathers them in one place so that peers, families and peer recovery coaches can find them quickly.',
    supportHeading: 'Four kinds of support',
    supportText: 'Every listing says which kinds of social support it offers. Most offer more than one.',
    pathwaysHeading: 'Many pathways to recovery',
    pathwaysText:
      'People recover in many ways, and no way is better than another. Listings say which pathways they are tied to, or that they welcome everyone. Recovery residences always state whether residents who take medication for opioid use disorder are welcome, because that is too important to guess.',
    valuesHeading: 'What we stand for',
    values: {
      privacy:
        '**Your privacy.** No cookies, no trackers, no accounts. What you search for and where you are stay on your device. The only other site this one may contact is the map tile service, to draw maps.',
      anonymity:
        '**Anonymity.** Listings never name individual people. Recovery homes can keep their exact address private; the map then shows only the general area.',
      respect:
        '**Respect.** We write about people, not labels: a person in recovery, a person with a substance use disorder.',
      choice: '**Choice.** We list options and explain them. We do not rank pathways or tell anyone what to do.',
      trust:
        '**Trust.** Every listing shows when a volunteer last checked it. Older listings are marked, and anyone can report a problem in one tap.',
    },
    keptBy:
      'The map is kept by {keeper} and built with open-source software: anyone can [see how it works](repo) or [help keep it current](contribute).',
    volunteers: 'volunteers',
    writeTo: 'You can also write to [{email}](email).',
  },
  contribute: {
    title: 'Help keep it current',
    description: 'How volunteers check, update and add listings.',
    heading: 'Help keep the map current',
    lede: 'A wrong phone number or a closed intake can cost someone a chance. Volunteers keep this map true by checking listings and fixing what has changed. You do not need to be a programmer: {report}updating a listing works in a web browser, with a free {host} account.',
    ledeReport: 'reporting a problem takes one e-mail, and ',
    formText:
      'The easiest way to add a listing is to [fill in the form](form): it checks each answer as you type, with the same rules as below, and sends the result for review. To change a listing, choose **Suggest an edit** on its page.',
    reportHeading: 'Report something that is wrong',
    reportByEmail:
      'Every listing has a **Report a problem** link. It opens your own e-mail app with a message to {keeper} that already names the listing and lists what might be wrong: keep what applies, add what you know, and send it. You do not need an account. You can also write to [{email}](email) about anything on the map.',
    reportOnHost:
      'If you have a {host} account, each listing also offers to report it there, where everyone can follow what happens.',
    reportHostOnly:
      'Every listing has a **Report a problem** link. It opens a new report on {host} that already names the listing and lists what might be wrong; you need a free {host} account to send it.',
    noPersonal: 'Please do not include anyone’s name or personal details.',
    verifyHeading: 'Check and update a listing',
    verifyText:
      'Each listing says when a volunteer last confirmed it. After {days} days without a check, its page says it **may be out of date**.',
    queueHeading: 'Which listings need checking',
    queueText:
      'The coordinator keeps a **re-verification queue**: every listing that is out of date, then the ones that will be within 30 days, oldest first, each with the number to call. It comes from the command `npm run validate -- --stale`; the guide explains [how to read the queue](queue). You can also pick any listing page that says “may be out of date”.',
    confirmHeading: 'Confirm the details',
    confirmText:
      'Call the number on the listing, visit, e-mail, or check the organization’s own website. Confirm the name, address, phone, hours or meeting times, cost, who it is for, and, for recovery homes, the medication for opioid use disorder (MOUD) policy. If you cannot reach them, say so in your change instead of updating the date.',
    stepsHeading: 'Update the listing, step by step',
    steps: {
      edit: 'On the listing’s page, choose **Edit this listing**. GitHub opens its file; sign in if asked, and accept if GitHub offers to make your own copy (a “fork”).',
      change:
        'Change what is different. Keep each field on its own line as `field: value`, with the same spaces at the start of the line as the lines around it.',
      date: 'Set `last_verified` to today’s date, written like `2026-11-24`, and `verified_how` to how you checked: `phone`, `visit`, `email`, `website` or `provider`.',
      commit:
        'Choose **Commit changes**, say briefly what you did, then **Propose changes** and **Create pull request**.',
      check:
        'An automatic check reads your change. If something is off, the **Files changed** tab marks the line and says how to fix it, in plain words. Edit the file again until the check is green.',
      review: 'A reviewer checks the facts and publishes it.',
    },
    closedText:
      'If a place has closed for good, set `status: closed`: it disappears from the site but its history is kept. If it is closed for a while, set `status: temporarily-closed` and explain in `status_note`.',
    addHeading: 'Add a new listing',
    add: {
      file: '[Create a new file](newFile) in the folder for its kind, for example `data/listings/dental/smile-clinic.md`. The file name becomes the page address: use lowercase letters, numbers and hyphens.',
      start:
        'Start the file with the fields between two lines of three dashes, then a short description in plain words:',
      /** The sample listing file: field names and values are the file format, not prose. */
      sample: `---
# yaml-language-server: $schema=../../../public/schema/listing.json
name: Smile Community Dental Clinic
category: dental
support: [instrumental]
summary: Sliding-scale dental care; people in recovery welcome.
address:
  street: 100 Example Ave
  city: Lansing
  region: MI
  postal_code: "48912"
geo: { lat: 42.7325, lng: -84.5555 }
phone: "517-555-0100"
cost: sliding-scale
hours:
  - days: [monday, tuesday, wednesday, thursday]
    opens: "08:00"
    closes: "17:00"
last_verified: 2026-11-24
verified_how: phone
---
A friendly clinic that sees adults with or without insurance.`,
      comment: 'The first line is a comment for code editors (see below); it changes nothing on the site.',
      quotes:
        'Put times and postal codes in quotes (`"19:00"`, `"08540"`) so they are read exactly as written. Never write a person’s last name or private details.',
      private:
        'For a home whose address is private, set `location_private: true`, leave out the street, and put `geo` on a street corner a block or two away rather than on the house: the files are public. The site shows only an area around that point, never a pin.',
      pullRequest: 'Save it as a pull request. An automatic check explains any problem line by line, in plain words.',
    },
    newCommand:
      'If you can run the project on your computer, `npm run new` asks a few questions and writes a listing that passes every check.',
    fieldsHeading: 'What the fields mean',
    fieldsText:
      'The full list, with every allowed value and what a reviewer checks, is in [the volunteer guide (CONTRIBUTING.md)](guide). The most important: `category` (one kind of place), `support` (emotional, informational, instrumental or affiliational), `pathways` (or `[all-pathways]` when every pathway is welcome), and for recovery homes `housing.moud` (`welcome`, `case-by-case` or `not-accepted`).',
    editorsHeading: 'Editors that check as you type',
    editorsText:
      'The rules are also published as a [JSON Schema for listing files](schema). Code editors with a YAML language server, such as VS Code with Red Hat’s YAML extension, use it to underline a misspelled field or a value that is not allowed, explain each field, and suggest allowed values. The first line of each listing points the editor to it. The automatic check on every pull request has the last word.',
  },
};
