/**
 * The hand-picked list (/list/): the page, its handout (the facts each listing carries in
 * /list/data/<n>.json, written in the page's language at build time), and the words its script
 * shows (handed to it by the page, see src/components/PageWords.astro).
 */
export const list = {
  title: 'Your list',
  description: 'A hand-picked list of recovery supports to call, visit or join.',
  headingOwn: 'Your list',
  headingReceived: 'A list for you',
  pickedFor: 'Picked for you from {site}.',
  noscript: {
    lead: 'This list is kept in its link, and showing it needs JavaScript, which is off or not available in this browser.',
    asText:
      '**To get the list as text:** ask the person who sent it to open the link and choose **Copy as text** or **Text it to someone**. That message holds every listing’s name, phone number, address and times, and reads on any phone. Or open this link in another browser.',
    find: 'Every listing is also on [Find support](find), which works without JavaScript.',
  },
  ledeOwn:
    'Places, groups and services you picked from {site}. Put them in order, add a note, then share or print the list.',
  ledeReceived:
    'Someone picked these places, groups and services for you from {site}. Call, visit or join any of them; nothing here needs an account.',
  loading: 'Loading the list…',
  loadError: 'The list could not load. Check the connection and reload the page, or [find listings here](find).',
  receivedNote: 'The note that came with it',
  noteLabel: 'A note to go with the list (optional)',
  noteHint:
    'Up to {max} characters, for example when to call. It travels only in the link; it is never saved on this device.',
  empty:
    'There is nothing on this list yet. Use **Add to my list** on any listing in [Find support](find), then come back here to share it.',
  openDevice: 'Open the list saved on this device',
  printUrl: 'This list online:',
  adoptHeading: 'Want to change it?',
  adoptText:
    'Editing makes this list yours on this device: put it in your own order, take listings off, add a note, then send it on. It is kept in this browser only.',
  edit: 'Edit this list',
  merge: 'Add these to my list',
  replace: 'Replace my list with this one',
  cancel: 'Cancel',
  shareHeading: 'Share or print this list',
  shareText:
    'The link holds the whole list. Sending it shares the listings and the note, nothing else; nothing about you or the person you send it to is stored anywhere.',
  urlLabel: 'Link to this list',
  copyLink: 'Copy link',
  share: 'Share…',
  sms: 'Text it to someone',
  copyText: 'Copy as text',
  print: 'Print',
  textLabel: 'The list as text: select it and copy',
  qrLabel: 'QR code of the link to this list',
  qrScreen: 'Scan it with a phone’s camera to open this list.',
  qrPrint: 'Scan to open this list',
  qrFull: 'Show the code full screen',
  qrLargeLabel: 'QR code of the link to this list, full screen',
  close: 'Close',
  deviceHeading: 'On this device',
  save: 'Save to my list on this device',
  clear: 'Clear my list on this device',
  deviceHint:
    'Saving keeps the list (not the note) in this browser only, so “My list” at the top of every page finds it again. Nothing is sent anywhere. Clearing removes it from this device.',
  /** What the page's script says; it gets these from the page. */
  script: {
    call: 'Call',
    text: 'Text',
    closed: 'Temporarily closed',
    onlyOn: 'Only on: {dates}',
    hours: 'Hours: {hours}',
    zone: 'Times are {zone}',
    joinOnline: 'Join online:',
    joinPhone: 'Join by phone:',
    /** Starts the text message and the copied text's last line. */
    online: 'This list online: {url}',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    /** A control's name for screen readers: "Remove: Harbor House". */
    control: '{action}: {name}',
    listings: { one: '{n} listing', other: '{n} listings' },
    unavailable: {
      one: '{n} listing on this list is no longer published, so it is left out.',
      other: '{n} listings on this list are no longer published, so they are left out.',
    },
    removed: { one: 'Removed {name}. {n} listing left.', other: 'Removed {name}. {n} listings left.' },
    movedUp: 'Moved {name} up; now {position} of {count}.',
    movedDown: 'Moved {name} down; now {position} of {count}.',
    linkCopied: 'Link copied. Paste it into a message or an e-mail.',
    linkSelected: 'The link is selected above: copy it from there.',
    textCopied: 'The list is copied as text. Paste it into any message.',
    textSelected: 'The list is selected as text below: copy it from there.',
    nothingSaved: 'Nothing is saved on this device.',
    savedHere: 'This list is saved on this device ({listings}).',
    otherSaved: 'This device keeps a different list ({listings}).',
    saved: 'Saved. “My list” at the top of each page opens it.',
    cleared: 'Your list on this device is cleared. This page still shows the list from its link.',
    savedListError: 'Your saved list could not load. Check the connection and try again.',
    adopted: 'This list is now yours on this device. Move or remove listings, or add a note.',
    replaced: 'This list has replaced the one on this device. Move or remove listings, or add a note.',
    adoptQuestion:
      'This device already keeps a list of {saved}. Add these {received} to it, or replace it with this list?',
    merged: {
      one: 'Added {n} to your list, which now has {count}.',
      other: 'Added {n} to your list, which now has {count}.',
    },
    mergedLeft: {
      one: '{n} did not fit: a list holds at most {max}.',
      other: '{n} did not fit: a list holds at most {max}.',
    },
    editHint: 'Move or remove listings, or add a note.',
  },
  /** The facts of each listing, written at build time into /list/data/<n>.json. */
  handout: {
    online: 'Online',
    byPhone: 'By phone',
    inPersonAndOnline: 'In person and online',
    privateArea: '{town} area (the address is private; call to learn more)',
    orOnline: '{where}, or online',
    allDay: 'open 24 hours',
    everyWeek: 'Every week: {days} {times}',
  },
};
