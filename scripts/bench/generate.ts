/**
 * Synthetic listings for benchmarks: realistic field mixes (meetings with schedules, places with
 * hours, housing with its MOUD policy), every point inside the sample region. Deterministic, so
 * runs compare like with like.
 */
import { CATEGORY_IDS, FELLOWSHIP_IDS, PATHWAY_IDS, POPULATION_IDS, SUPPORT_IDS, WEEKDAY_IDS } from '#taxonomy';

/** Small seeded PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Hope',
  'Harbor',
  'Cedar',
  'River',
  'Maple',
  'Bridge',
  'Sunrise',
  'Open Door',
  'Lakeside',
  'Northside',
  'Unity',
  'Willow',
  'New Path',
  'Serenity',
  'Common Ground',
  'Pine',
  'Meadow',
  'Capital',
  'Grand',
  'Eastside',
];
const KINDS: Record<string, string> = {
  'recovery-housing': 'House',
  'mutual-aid-meeting': 'Group',
  'recovery-community-center': 'Recovery Center',
  food: 'Pantry',
  dental: 'Dental Clinic',
  employment: 'Works',
  'sober-social': 'Social Club',
};
const CITIES: [string, number, number, string][] = [
  ['Lansing', 42.733, -84.555, '48912'],
  ['East Lansing', 42.737, -84.484, '48823'],
  ['Okemos', 42.722, -84.427, '48864'],
  ['Holt', 42.641, -84.515, '48842'],
  ['Mason', 42.579, -84.443, '48854'],
  ['DeWitt', 42.842, -84.569, '48820'],
  ['Grand Ledge', 42.753, -84.746, '48837'],
];

/** `count` listing files, keyed by path under data/listings. */
export function generateListings(count: number, seed = 7): Map<string, string> {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs))),
  ];
  const time = (h: number) => `"${String(h % 24).padStart(2, '0')}:${rnd() < 0.5 ? '00' : '30'}"`;
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const category = rnd() < 0.3 ? 'mutual-aid-meeting' : pick(CATEGORY_IDS);
    const [city, lat, lng, zip] = pick(CITIES);
    const name = `${pick(WORDS)} ${KINDS[category] ?? 'Services'} ${i + 1}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const attendance =
      category === 'mutual-aid-meeting' ? pick(['in-person', 'in-person', 'online', 'hybrid']) : 'in-person';
    const lines = [
      `name: "${name}"`,
      `category: ${category}`,
      `support: [${some(SUPPORT_IDS, 3).join(', ')}]`,
      rnd() < 0.3 ? 'pathways: [all-pathways]' : `pathways: [${some(PATHWAY_IDS, 2).join(', ')}]`,
      `summary: "A ${category.replace(/-/g, ' ')} in ${city} for people in recovery and their families."`,
      `attendance: ${attendance}`,
    ];
    const isPrivate = category === 'recovery-housing' && rnd() < 0.6;
    if (attendance !== 'online') {
      lines.push(
        'address:',
        ...(isPrivate ? [] : [`  street: "${100 + i} Example Ave"`]),
        `  city: ${city}`,
        '  region: MI',
        `  postal_code: "${zip}"`,
      );
      lines.push(
        `geo: { lat: ${(lat + (rnd() - 0.5) * 0.05).toFixed(5)}, lng: ${(lng + (rnd() - 0.5) * 0.07).toFixed(5)} }`,
      );
      if (isPrivate) lines.push('location_private: true');
    }
    if (attendance !== 'in-person') lines.push(`conference_url: https://example.org/join/${i}`);
    lines.push(`phone: "517-555-01${String(i % 100).padStart(2, '0')}"`);
    if (category === 'mutual-aid-meeting') {
      const start = 6 + Math.floor(rnd() * 16);
      lines.push(
        'schedule:',
        ...some(WEEKDAY_IDS, 3).flatMap((day) => [
          `  - day: ${day}`,
          `    start: ${time(start)}`,
          `    end: ${time(start + 1)}`,
        ]),
      );
      lines.push(`fellowship: ${pick(FELLOWSHIP_IDS)}`, 'meeting_types: [O]');
    } else if (category === 'recovery-housing') {
      lines.push(
        'housing:',
        `  narr_level: ${1 + Math.floor(rnd() * 4)}`,
        `  moud: ${pick(['welcome', 'case-by-case'])}`,
      );
    } else {
      lines.push(
        'hours:',
        '  - days: [monday, tuesday, wednesday, thursday, friday]',
        `    opens: ${time(8)}`,
        `    closes: ${time(17)}`,
      );
    }
    if (rnd() < 0.4) lines.push(`populations: [${some(POPULATION_IDS, 2).join(', ')}]`);
    if (rnd() < 0.15) lines.push('languages: [en, es]');
    lines.push(`cost: ${pick(['free', 'free', 'sliding-scale', 'low-cost', 'insurance'])}`);
    if (rnd() < 0.5) lines.push('accessibility: [wheelchair]');
    lines.push(
      `last_verified: 2026-${String(1 + Math.floor(rnd() * 10)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    );
    files.set(
      `${category}/${slug}.md`,
      `---\n${lines.join('\n')}\n---\nA generated listing for benchmarks. Call ahead to check hours.\n`,
    );
  }
  return files;
}
