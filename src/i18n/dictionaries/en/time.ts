/**
 * Words around times and dates. Clock times, day and month names and relative ages come from
 * `Intl` in the language's locale; these are the sentences around them.
 */
export const time = {
  noon: 'noon',
  midnight: 'midnight',
  nextDay: '(next day)',
  today: 'today',
  tomorrow: 'tomorrow',
  /** How a day reads inside a sentence: "opens Tuesday", "opens Saturday, December 12". */
  onDay: '{day}',
  everyDay: 'Every day',
  every: 'Every {day}',
  everyOther: 'Every other {day}',
  everyOtherFrom: 'Every other {day}, counting from {date}',
  /** Weeks of the month by their schedule id (1–5, last): "the 2nd Saturday". */
  weeksOfMonth: { '1': '1st', '2': '2nd', '3': '3rd', '4': '4th', '5': '5th', last: 'last' },
  /** {weeks}: "2nd" or "1st and 3rd"; {day}: the weekday. */
  monthly: '{weeks} {day} of the month',
  /** "at 7:00 PM": `one` when the hour on a 12-hour clock is 1 (Spanish says "a la 1:00"). */
  at: { one: 'at {time}', other: 'at {time}' },
  inProgressEnds: 'In progress · ends {at}',
  inProgressStarted: 'In progress · started {at}',
  startsIn: 'Starts in {minutes} · {time}',
  minutes: { one: '{n} minute', other: '{n} minutes' },
  next: 'Next: {day} {at}',
  noUpcoming: 'No upcoming dates',
  openAllDay: 'Open now · open 24 hours',
  closesSoon: 'Open now · closes soon, {at}',
  closesAt: 'Open now · closes {at}',
  closedNow: 'Closed now',
  closedOpens: 'Closed now · opens {day} {at}',
  /** A time in another zone than the visitor's: "7:00 PM (8:00 PM Eastern Time)". */
  inZone: '{time} ({other} {zone})',
};
