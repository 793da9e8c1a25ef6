/**
 * Working without signal: the offline page (/offline/), the note a saved page shows when there
 * is no connection, and "Keep for offline" on the list. Calm words: no signal is common, not an
 * error.
 */
export const offline = {
  title: 'No connection',
  description: 'What this site can show with no connection.',
  heading: 'You are offline',
  notSaved: 'This page has not been saved on this device yet, so it cannot open without a connection. These pages can:',
  savedHeading: 'Listings saved on this device',
  savedNone: 'No listing pages are saved yet. A listing you open with a connection is saved for next time.',
  tryAgain: 'Try again',
  /** The note at the top of a saved page when there is no connection. */
  note: 'You are offline. This is the copy saved on this device on {date}.',
  noteUndated: 'You are offline. This is the copy saved on this device.',
  keep: {
    heading: 'Use this list without signal',
    intro: 'Save the pages of the listings on this list on this device, so they open with no connection.',
    button: 'Keep for offline',
    saving: 'Saving…',
    /** After saving: how many listing pages were saved. */
    saved: {
      one: 'Saved {n} listing page on this device on {date}.',
      other: 'Saved {n} listing pages on this device on {date}.',
    },
    failed: 'Could not save the pages. Try again when you have a connection.',
    unavailable: 'This browser cannot keep pages for offline use, or the page was opened without a connection.',
  },
};
