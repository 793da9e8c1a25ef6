/**
 * The safety page (/safety/): what the "Leave this site" button does and does not do, and safer
 * ways to look. Plain, calm words for someone who may be hiding their search. Sentences may carry
 * `**bold**` and `[links](name)`.
 */
export const safety = {
  title: 'Browsing safely',
  description:
    'What the "Leave this site" button does and does not do, and how to keep a search private on a phone or computer someone else checks.',
  lede: 'If someone else might look at this phone or computer, these steps help keep what you look at here private.',
  buttonHeading: 'The “Leave this site” button',
  buttonIntro: 'Every page has it at the top. It stays in reach as you scroll.',
  buttonDoes: {
    blank: 'It blanks the screen at once.',
    neutral: 'It opens a neutral page in place of this one: {host}.',
    history: 'It takes the page you were on out of the Back button: pressing Back does not bring it up again.',
    clears:
      'It clears what this site saved on this device: your list, a check-in you chose to keep, and pages saved to work without signal.',
  },
  shortcut:
    'From a keyboard, press the **Shift** key three times in a row. It does not work while you are typing in a box, so it cannot go off by mistake.',
  offHeading: 'The button is turned off on this site',
  offText: 'The people who run this site have turned the button off. The steps below still help.',
  cannotHeading: 'What it cannot do',
  cannot: {
    history: 'It cannot erase your browser’s history. Other pages of this site you opened earlier stay in it.',
    tabs: 'It does not close other tabs or windows that show this site.',
    network:
      'It cannot hide your visit from whoever runs the network you are on, such as an employer, a school or shared Wi-Fi.',
  },
  saferHeading: 'Safer ways to look',
  safer: {
    private:
      '**Use a private window.** Private windows keep no history once you close them. In Chrome, open the menu and choose “New Incognito tab”; in Samsung Internet, turn on “Secret mode”; on an iPhone, in Safari, tap the tabs button and then “Private”; in Firefox, choose “New private window”.',
    clear:
      '**Clear your history afterwards.** In your browser’s settings, look for “Clear browsing data” or “Clear history”. Most browsers let you clear just the last hour.',
    device:
      '**Use a device no one else checks,** such as a computer at a public library, at a recovery community center, or a trusted friend’s phone.',
    paper:
      '**Keep what you need on paper.** Print your list or write it down, and keep it somewhere safe; then nothing needs to stay on the phone.',
  },
  keepsHeading: 'What this site keeps',
  keeps: {
    nothing: 'No accounts, no cookies and no trackers. What you type and where you are never leave your device.',
    list: 'Your hand-picked list, and a check-in if you choose to keep it, are stored only on this device, until you clear them or use the button.',
    offline:
      'After a first visit, some pages are saved on this device so they still open with no signal. The button clears them too.',
  },
  hurtHeading: 'If someone is hurting you',
  hurt: 'The National Domestic Violence Hotline is free and confidential, day and night: [call 1-800-799-7233](call) or [text START to 88788](text).',
  emergency: 'In an emergency, call 911.',
};
