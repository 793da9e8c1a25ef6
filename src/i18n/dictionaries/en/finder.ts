/**
 * The finder (/find/), the map (/map/) and word search (the search box, /search/). The island and
 * the browser scripts get these words from the page (as props, or through PageWords), never by
 * importing this file. `{n}` is a number formatted for the page's locale.
 */
export const finder = {
  find: {
    title: 'Find support',
    description: 'Narrow every recovery resource by kind of support, pathway, place and more.',
    heading: 'Find support',
  },
  mapPage: {
    title: 'Map',
    description: 'Every recovery resource on a map, narrowed by support, pathway and place.',
    heading: 'Map of recovery resources',
  },
  layout: {
    mapLabel: 'Map',
    resultsLabel: 'Results',
    noscriptMap: 'The map needs JavaScript; here are the listings as a list, a page at a time.',
  },
  /** The filter groups' names, by facet key. */
  legends: {
    category: 'Kind of place',
    support: 'Kind of support',
    pathway: 'Pathway',
    population: 'Especially for',
    attendance: 'How to take part',
    cost: 'Cost',
    language: 'Language',
    accessibility: 'Accessibility',
    day: 'Day it meets or happens',
  },
  /** Languages whose name `Intl.DisplayNames` does not know (ASL's code is `ase`). */
  languageNames: {
    ase: 'American Sign Language',
  },
  filters: {
    label: 'Filters',
    openNow: 'Open or meeting now',
    /** The phone's button that opens the filters, with how many are set. */
    button: 'Filters',
    buttonCount: 'Filters ({n})',
    /** At the foot of the opened filters on a phone: closes them and goes to the results. */
    done: { one: 'Show {n} result', other: 'Show {n} results' },
    /** The filters in use, above the results, each a button that removes it. */
    inUse: 'Filters in use',
    remove: 'Remove: {label}',
    nearChip: 'Near {place}',
  },
  words: {
    label: 'Search by word',
    placeholder: 'e.g. dentist, Friday, Spanish',
  },
  near: {
    label: 'Near a ZIP code or town',
    placeholder: 'e.g. 48912 or Okemos',
    yourLocationPlaceholder: 'Your location',
    go: 'Go',
    useMyLocation: 'Use my location',
    clear: 'Clear place',
    within: 'Within',
    anyDistance: 'any distance',
    unknown: '“{near}” is not a ZIP code or town we know in {region}. Try another.',
    distancesFrom: 'Distances from {place}.',
    distancesFromWithin: 'Distances from {place}, within {distance}.',
    locating: 'Finding your location…',
    unsupported: 'This browser cannot share a location. Type a ZIP code or town instead.',
    unavailable: 'Your location is not available. Type a ZIP code or town instead.',
    notKept:
      'This link asks for distances from “your location”, which is never saved in a link. Choose “Use my location” to use yours, or type a ZIP code or town.',
    privacy:
      'Your location is used only on this device: it is never sent anywhere or put in the link. A ZIP code or town you type is looked up here too, and stays in the link so you can share the search.',
    /** How a place without a name of its own is called in the lines above. */
    yourLocation: 'your location',
    chosenPoint: 'the chosen point',
  },
  distance: {
    /** A radius choice: "1 mile", "5 miles". */
    miles: { one: '{n} mile', other: '{n} miles' },
    /** A card's distance: "3.2 mi". */
    short: '{n} mi',
    under: 'under {n} mi',
  },
  count: {
    /** The number is shown in bold where `{n}` stands. */
    listings: { one: '{n} listing', other: '{n} listings' },
    matching: ' matching “{q}”',
    within: ' within {distance}',
    openNow: { one: ' open or meeting now', other: ' open or meeting now' },
    failed: ' (filters are unavailable right now; showing everything)',
    searching: 'Searching for “{q}”…',
  },
  sort: {
    label: 'Sort by',
    best: 'Best match',
    name: 'Name',
    verified: 'Recently verified',
    nearest: 'Nearest',
  },
  view: {
    label: 'Show results as',
    list: 'List',
    map: 'Map',
  },
  clearAll: 'Clear all',
  showMore: 'Show {shown} more ({remaining} not shown yet)',
  /** On a card: which chosen filters it has. */
  matches: 'Matches: {labels}',
  noResults: {
    title: 'Nothing matches all of that',
    noWords: 'No listing uses the words “{q}”. Check the spelling, or try a simpler word.',
    tryThese: 'You could try:',
    listings: { one: '{n} listing', other: '{n} listings' },
    category: 'Everything in {label} ({count})',
    words: 'Search without the words “{q}” ({count})',
    facet: 'Remove “{label}” ({count})',
    radius: 'Look farther than {distance} ({count})',
    open: 'Include places not open right now ({count})',
    browse: 'Browse every kind of place',
  },
  map: {
    skip: 'Skip the map',
    loading: 'Loading the map…',
    failed: 'The map could not load (you may be offline). The list of results still works.',
    retry: 'Try again',
    label: 'Map of the matching places; arrow keys move it, plus and minus zoom',
    places: { one: '{n} place on the map', other: '{n} places on the map' },
    /** A link; the number is marked where `{n}` stands. */
    online: '{n} online or by phone',
    notOnMap: ', not on the map',
    showArea: 'Show the area around {place}',
    tilesFailed: 'The map background could not load (you may be offline). The places are still shown.',
    cluster: { one: '{n} place', other: '{n} places' },
    clusterLabel: { one: '{n} place here; zoom in to see it', other: '{n} places here; zoom in to see them' },
    areaLabel: '{name}, approximate area',
    areaNote: 'Approximate area: the exact address is private.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
  search: {
    label: 'Search listings',
    placeholder: 'e.g. dentist, Friday, housing',
    submit: 'Search',
    searching: 'Searching for “{q}”…',
    found: { one: '{n} listing matches “{q}”', other: '{n} listings match “{q}”' },
    showingFirst: '; showing the first {shown}',
    none: 'No listing uses the words “{q}”. Check the spelling, or try a simpler word.',
    nearest: 'You may be looking for:',
    browse: 'Browse every kind of place',
    unavailable: 'Search is not available right now. You can still browse by category.',
  },
  searchPage: {
    title: 'Search',
    description: 'Search every listing.',
    heading: 'Search',
    noscript: 'Search needs JavaScript, which is turned off in this browser. You can still {link}.',
    noscriptLink: 'browse every listing by kind of place, support or pathway',
  },
  /** Words the search index adds to a listing (the facts a person might type). */
  record: {
    fairChance: 'Fair-chance employer',
    temporarilyClosed: 'Temporarily closed',
  },
};
