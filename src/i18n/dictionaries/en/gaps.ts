/**
 * The asset gaps page (/gaps/), for recovery community organizations and planners: where the
 * community's assets are, and where they are missing. Plain words: a planner may paste a line into
 * a grant application. Sentences may carry `**bold**` and `[links](name)`.
 */
export const gaps = {
  title: 'Where recovery support is missing',
  description:
    'For planners: choose a kind of support and see which towns and ZIP codes have none within reach, with a coverage table for the whole community.',
  lede: 'For recovery community organizations, coalitions and planners. Choose a kind of support, and see which towns and ZIP codes in {region} have none within the distance you choose.',
  meaning:
    '**What a gap means here:** no listing on this map, which is not proof that nothing exists. It is a reason to go and look, and, if you find something, to [add a listing](contribute).',
  controls: {
    heading: 'What to look for',
    category: 'Kind of place or service',
    pathway: 'Pathway',
    support: 'Kind of support',
    population: 'Who it is for',
    language: 'Language',
    accessibility: 'Accessibility',
    cost: 'Cost',
    attendance: 'How people take part',
    any: 'Any',
    time: 'Meetings that start in the',
    weekend: 'Only meetings on a Saturday or Sunday',
    within: 'Within',
    more: 'More choices: kind of support, who it is for, language, meeting times',
    show: 'Show gaps',
  },
  noScript:
    'The map and the table of places need JavaScript, which is off in this browser. The coverage tables below work without it.',
  summary: {
    listings: { one: '{n} listing matches.', other: '{n} listings match.' },
    stale: {
      one: '{n} of them was not verified in the last {days} days.',
      other: '{n} of them were not verified in the last {days} days.',
    },
    unplaced: {
      one: '{n} matching option is online or by phone and reaches everyone; it is not counted in the distances.',
      other: '{n} matching options are online or by phone and reach everyone; they are not counted in the distances.',
    },
    places: {
      one: '{n} of {total} places has none within {miles}.',
      other: '{n} of {total} places have none within {miles}.',
    },
    loading: 'Working out coverage…',
    failed: 'The data could not load. Check the connection and reload the page.',
  },
  biggest: {
    heading: 'Biggest gaps',
    none: 'Every place has at least one within {miles}.',
    /** "No recovery housing for “Medication…” within 10 miles of Williamston (nearest: 14.2 miles)." */
    line: 'No {what} within {miles} of {place} (nearest: {nearest}).',
    nowhere: 'No {what} anywhere on this map, so none near {place}.',
    /** The kind with the planner's other choices: "recovery housing for “Secular, Spanish”". */
    qualified: '{what} for “{qualities}”',
    weekend: 'Saturday or Sunday',
    /** A ZIP code as a sentence names it. */
    zip: 'ZIP code {zip}',
  },
  /** What a sentence is about when no kind is chosen. */
  anything: 'listing of this kind',
  map: {
    heading: 'Map',
    label: 'Map of the places of the region and how many matching assets are near each',
    covered: 'A circle with a number: how many are within {miles} of that place.',
    gap: 'A red square with a cross: none within {miles}.',
    tilesFailed: 'The map background could not load (you may be offline). The places are still shown.',
  },
  table: {
    heading: 'Places',
    caption: 'Every ZIP code and town of the region, with the matching assets within {miles}.',
    place: 'Place',
    kind: 'Kind',
    zip: 'ZIP code',
    town: 'Town',
    count: 'Within {miles}',
    nearest: 'Nearest',
    distance: 'Distance',
    none: 'None on this map',
    gap: 'Gap',
    /** The sort buttons' names: "Sort by Place". */
    sort: 'Sort by {column}',
  },
  download: 'Download the table (CSV)',
  /** The CSV file's name, without ".csv". */
  fileName: 'recovery-support-gaps',
  print: 'Print a one-page summary',
  matrix: {
    heading: 'Coverage across the community',
    intro:
      'Each number is how many of the region’s {places} places have no listing of that kind within {miles} miles; 0 means every place has at least one. A dash means there is no such listing at all. Each number links to that combination above.',
    pathways: 'By pathway',
    people: 'By population and language',
    rowHeader: 'Kind of place or service',
    /** A cell's name for screen readers. */
    cell: '{row}, {column}: {n} of {places} places with none within {miles} miles',
    nothing: '{row}, {column}: no such listing',
  },
  honest: {
    basis:
      'These figures rest on {n} published listings, as of {date}. {stale} of them were not verified in the last {days} days, so some facts may have changed.',
    places:
      'Places are the region’s ZIP codes and towns, each at its centre; a private home counts at the centre of its area.',
  },
  printTitle: 'Recovery support gaps in {region}',
  /** On the finder and on listing pages. */
  finderLink: 'Where is this missing? A view for planners',
  listingLink: 'Planning? See where {category} is missing in the community',
};
