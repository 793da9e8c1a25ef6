/** The frame around every page: header, navigation, help lines, footer, language switch. */
export const frame = {
  skipLink: 'Skip to content',
  navLabel: 'Main',
  nav: {
    home: 'Home',
    find: 'Find',
    map: 'Map',
    meetings: 'Meetings',
    checkIn: 'Check-in',
    browse: 'Browse',
    about: 'About',
    contribute: 'Help keep it current',
  },
  myList: 'My list',
  helpNowLabel: 'Need help now',
  helpNowLead: 'Need help now?',
  call: 'Call {phone}',
  text: 'Text {phone}',
  allHelpLines: 'All help lines',
  helpHeading: 'Need help right now?',
  or: 'or',
  emergency: 'In an emergency, call 911.',
  demo: 'Sample data: every listing on this site is invented for demonstration.',
  privacy: 'This site uses no cookies, no trackers and no accounts; what you search for stays on your device.',
  aboutLink: 'About this site',
  contributeLink: 'Add or update a listing',
  quickExit: {
    /** The button on every page: plain, so no one looking over a shoulder learns anything. */
    label: 'Leave this site',
    /** Its accessible description: what it does and the keyboard shortcut. */
    description:
      'Blanks this page at once, clears what this site saved on this device and opens a neutral page. Shortcut: press the Shift key three times.',
  },
  safetyLink: 'Browsing safely',
  /** The switch's label, read by screen readers before the languages. */
  languageSwitch: 'Language',
  /** What a link to this page in another language says, in that language's own words. */
  thisPageIn: 'English',
};
