/**
 * The meetings page and the start page's ways in and week of meetings. Day names, times, dates
 * and zone names come from `Intl` (the time area); meeting type names from Meeting Guide's own
 * tables (src/lib/meetings/type-labels.ts). The parts under `script` and `startToday` are handed
 * to the pages' scripts, so they must stay plain strings.
 */
export const meetings = {
  page: {
    title: 'Meetings',
    description: 'Every weekly recovery meeting and event in {region}, by day, with what is on now.',
    heading: 'Meetings and events by day',
    count: {
      one: '{n} meeting and recurring event in {region}, in person and online.',
      other: '{n} meetings and recurring events in {region}, in person and online.',
    },
    zone: 'Times are {zone} unless a meeting says otherwise.',
    termsSummary: 'What “open” and “closed” meetings mean',
    openNote: 'Open meetings: anyone may attend, including family and friends.',
    closedNote:
      'Closed meetings: for people who have a desire to stop drinking or using, or who identify with the fellowship.',
    daysLabel: 'Days',
    today: 'Today',
    wholeWeek: 'Whole week',
    filters: 'Filters',
    clearFilters: 'Clear filters',
    nowHeading: 'In progress now',
    nowEmpty: 'No meetings are in progress right now.',
    soonHeading: 'Starting within the hour',
    soonEmpty: 'Nothing else starts within the hour.',
    /** After the week: meetings with no set day or time. */
    appointmentHeading: 'Meetings by appointment',
    onlyOn: 'Only on {dates}',
    temporarilyClosed: 'Temporarily closed',
    placeClosed: 'Meeting place temporarily closed',
    joinOnline: 'Join online',
    dialIn: 'Dial in',
    calendar: 'Add every meeting to your calendar (.ics)',
    feed: 'Meeting Guide feed (JSON)',
    seeAllDay: { one: 'See {n} meeting on {day}', other: 'See all {n} meetings on {day}' },
    /** A day page's title and heading: {day} is the weekday's name. */
    dayTitle: '{day} meetings',
    dayHeading: 'Meetings and events on {day}',
    dayDescription: 'Recovery meetings and events in {region} every {day}, in person and online.',
    /** A busy day's pages, each named by the times it spans. */
    partsLabel: 'Parts of the day',
    partLink: '{from} to {to}',
    partTitle: '{title} ({range})',
  },
  /** The filter groups' legends and the "how to take part" choices. */
  filters: {
    fellowship: 'Fellowship',
    attendance: 'How to take part',
    time: 'Time of day',
    type: 'Meeting type',
    support: 'Kind of support',
    pathway: 'Pathway',
    inPerson: 'Can go in person',
    online: 'Can join online',
    hybrid: 'Both (hybrid)',
    /** A time of day with its hours: "Morning (5 AM to noon)". */
    timeOfDay: '{label} ({hours})',
  },
  /** What the meetings page's script writes. */
  script: {
    todayPrefix: 'Today · ',
    tomorrowPrefix: 'Tomorrow · ',
    /** Beside the time of a session today that is over. */
    ended: 'ended',
    /** Beside a meeting's time, when the visitor's clock reads differently. */
    yourTime: '{time} your time',
    visitorZone: 'Your device is set to {zone}. Each meeting’s time in your zone is shown beside it.',
    noneListed: 'No meetings listed on {day}.',
    noneMatch: 'No meetings match your filters on {day}.',
    /** {where} is one of the three below. */
    count: { one: '{n} session {where}.', other: '{n} sessions {where}.' },
    countFiltered: {
      one: '{n} session {where} matches your filters.',
      other: '{n} sessions {where} match your filters.',
    },
    thisWeek: 'this week',
    today: 'today',
    onDay: 'on {day}',
    chosen: { one: '({n} chosen)', other: '({n} chosen)' },
    showAll: 'Show all {n}',
  },
  start: {
    intro:
      'Housing, work, meetings, health care, food, rides and places to belong, for people in or seeking recovery and the people who support them. Every pathway to recovery is welcome here. Nothing you search for leaves your device.',
    searchLabel: 'Search for a place, service or meeting',
    /** The sentence around the link to the finder: {link} is the link's words. */
    narrowBefore: 'Or ',
    narrowLink: 'narrow everything by kind of support, pathway, language, cost and more',
    narrowAfter: ', and share the link.',
    supportHeading: 'What kind of support are you looking for?',
    categoriesHeading: 'Browse by kind of place',
    meetingsHeading: 'Meetings this week',
    meetingsIntro: 'Times are {zone}. Open a day to see its meetings, or see ',
    meetingsLink: 'what is on today and right now',
    meetingsAfter: '.',
    /** How a meeting that is not only in person is taken part in, after its name. */
    attendance: { online: 'online', hybrid: 'in person and online', phone: 'by phone' },
    seeAll: 'See all {n} {day} meetings',
    dayOnPage: '{day} on the meetings page',
  },
  /** The ways in (support types, kinds of place): how many listings each has. */
  waysIn: {
    listed: { one: '{n} listed', other: '{n} listed' },
  },
  /** The start page's script: today's day and the sessions that are over. */
  startToday: {
    today: 'Today',
    ended: 'Ended · ',
    notToday: 'Not today · ',
  },
};
