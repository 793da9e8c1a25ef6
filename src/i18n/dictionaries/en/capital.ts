/**
 * The recovery capital check-in (/recovery-capital/): a private reflection on the supports in a
 * person's life, never a test. Warm, plain, person-first; nothing here judges an answer. The
 * statements' ids and what each points to are in src/recovery-capital.ts. Sentences may carry
 * `**bold**` and `[links](name)` (src/i18n/rich-text.ts).
 */
export const capital = {
  title: 'Check in on your recovery supports',
  /** The header's link to the page: short, since it shares a row on a phone. */
  navLabel: 'Check-in',
  description:
    'A private check-in on the supports in your life, and a plan for the next week that points to places near you.',
  lede: 'Recovery grows from many things: a safe home, people who have your back, your health, your daily needs and a sense of purpose. This check-in helps you see what you already have and choose what to build next.',
  notATest:
    'This is a reflection for you, and for anyone you choose to share it with. It is not a test or a diagnosis, and no answer is good or bad. Skip anything that does not fit your life.',
  privacy:
    '**Private by design.** What you enter stays on this phone or computer. Nothing is sent anywhere, and nothing is saved unless you choose “Keep on this device”.',
  /** Without JavaScript the page is a paper form. */
  paper: 'You can fill this in on screen or print it and use a pen. A peer recovery coach can go through it with you.',
  howTo: 'For each sentence, choose how much you agree.',
  areas: {
    home: 'Home and everyday needs',
    people: 'People in your life',
    health: 'Your health',
    recovery: 'Your recovery',
    purpose: 'Purpose and community',
  },
  /**
   * Each statement as the person reads it, and as a strength: a short phrase for "Your strengths"
   * and the printed plan. Both are about resources, never about the person's worth.
   */
  statements: {
    'sober-home': {
      text: 'I have a place to live that is free of alcohol and other drugs.',
      short: 'A home free of alcohol and drugs',
    },
    income: { text: 'I have work or income that covers my basic needs.', short: 'Work or income for the basics' },
    meals: { text: 'I eat healthy meals most days.', short: 'Healthy meals' },
    clothes: { text: 'I have washed, comfortable clothes to wear.', short: 'Washed, comfortable clothes' },
    legal: {
      text: 'My legal matters are taken care of, or I am on track with them.',
      short: 'Legal matters on track',
    },
    partner: {
      text: 'If I have a partner, they support my recovery.',
      short: 'Support from a partner',
    },
    family: { text: 'People in my family support my recovery.', short: 'Family who support my recovery' },
    friends: { text: 'I have friends who support my recovery.', short: 'Friends who support my recovery' },
    peers: { text: 'Some of the people close to me are in recovery too.', short: 'People close to me in recovery' },
    mentor: { text: 'I have a sponsor or mentor I can turn to.', short: 'A sponsor or mentor' },
    mentoring: { text: 'Someone looks to me as a sponsor or mentor.', short: 'Being a mentor to someone' },
    'physical-health': { text: 'My physical health is good.', short: 'Physical health' },
    'mental-health': { text: 'My mental health is good.', short: 'Mental health' },
    'mental-health-plan': {
      text: 'I have a plan for looking after my mental health.',
      short: 'A plan for my mental health',
    },
    'mental-health-medication': {
      text: 'If I need medication for my mental health, I have it.',
      short: 'Medication for my mental health, when I need it',
    },
    'craving-medication': {
      text: 'If I need medication for cravings, I have it.',
      short: 'Medication for cravings, when I need it',
    },
    'recovery-plan': { text: 'I have a recovery plan written down.', short: 'A written recovery plan' },
    'groups-nearby': {
      text: 'There are recovery support groups I can get to.',
      short: 'Recovery groups I can get to',
    },
    'groups-regular': {
      text: 'I take part in a recovery support group regularly.',
      short: 'Taking part in a recovery group',
    },
    'daily-practice': {
      text: 'I have daily habits that support my recovery, like prayer, meditation, reading or a call with someone.',
      short: 'Daily habits that support my recovery',
    },
    goals: { text: 'I have goals I am working toward.', short: 'Goals I am working toward' },
    community: { text: 'I feel part of my community.', short: 'Being part of my community' },
    service: { text: 'I help others, through service or volunteering.', short: 'Helping others' },
  },
  /** The five answers, most agreement first (src/recovery-capital.ts, RATING_VALUES). */
  ratings: {
    5: 'Completely agree',
    4: 'Mostly agree',
    3: 'Somewhat agree',
    2: 'Mostly disagree',
    1: 'Completely disagree',
  },
  /** The checkbox under each statement. */
  grow: 'I want to grow in this area',
  suggested: 'You rated this lower: it could be one to grow',
  /** Under each statement: its category pages, for the paper version and for browsing. */
  placesFor: 'Places that can help: {categories}',
  strengths: {
    heading: 'Your strengths',
    intro: 'You already have these. They are worth leaning on as you build the rest.',
    none: 'As you answer, the things you agree with most will show here.',
  },
  growth: {
    heading: 'Areas to grow',
    intro:
      'Choose up to five areas to work on over the next six months, with the checkbox under each sentence. The ones you rated lower are marked as ideas, but you decide what matters.',
    /** "2 of 5 chosen". */
    chosen: { one: '{n} of {max} chosen', other: '{n} of {max} chosen' },
    full: 'You have chosen five areas. To choose another, clear one first.',
    none: 'No areas chosen yet. Choose one or more with “I want to grow in this area”.',
    /** A list of the areas chosen, each a link back to its sentence. */
    ideas: 'Ideas from your answers (the sentences you rated lower):',
    change: 'Change',
  },
  places: {
    heading: 'Places near you that can help',
    intro: 'For each area you chose, here are places on this map that can help. Add any to your list or your plan.',
    nearLabel: 'Nearest to (ZIP code or town)',
    nearButton: 'Show nearest first',
    nearClear: 'Clear',
    /** The place could not be found on this device's list of ZIP codes and towns. */
    nearUnknown: 'We could not find “{place}”. Try a ZIP code or a town in the area.',
    nearNote: 'Looked up on this device; it is not sent anywhere.',
    nearFrom: 'Nearest to {place} first.',
    loading: 'Finding places…',
    failed: 'The places could not load. Check your connection, or browse the [categories](browse).',
    none: 'No places on this map match this area yet. You could ask a peer recovery coach, or [look in the finder](find).',
    /** "Showing 5 of 12". */
    shown: 'Showing {shown} of {total}.',
    showAll: { one: 'See it in the finder', other: 'See all {n} in the finder' },
    inPlan: 'Put in my plan',
    miles: { one: '{n} mile', other: '{n} miles' },
  },
  nextWeek: {
    heading: 'In the next week I will…',
    line: 'Step {n}',
  },
  helpers: {
    heading: 'Who will help me',
    line: 'Person, group or place {n}',
  },
  keep: {
    heading: 'Print, share or keep',
    print: 'Print my plan',
    share: 'Share with my coach',
    shareNote:
      'Anyone with this link can see your answers. It holds them after the “#”, so opening it sends them to no server. Send it only to someone you trust.',
    shareLabel: 'Link to your check-in',
    copy: 'Copy link',
    copied: 'Link copied.',
    keep: 'Keep on this device',
    keepNote: 'Saves your answers in this browser so you can come back. Anyone using this device could see them.',
    kept: 'Your answers are kept on this device. They update as you go.',
    erase: 'Erase',
    eraseNote: 'Erases your answers from this page and from this device.',
    erased: 'Erased. Nothing from this check-in is kept on this device.',
    restored: 'Your answers were opened from a link.',
  },
  plan: {
    title: 'My recovery plan',
    made: 'Made on {date}',
    strengths: 'My strengths',
    areas: 'Areas I chose to grow',
    places: 'Places that can help',
    noPlaces: 'No place picked yet.',
    nextWeek: 'In the next week I will',
    helpers: 'Who will help me',
  },
  /** On the start page. */
  start: {
    heading: 'Check in on your recovery supports',
    text: 'A private check-in on home, people, health and purpose, with a plan that points to places near you. Nothing leaves your device.',
    link: 'Start the check-in',
  },
};
