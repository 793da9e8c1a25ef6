/** Small projects for the whole-project validation tests (unit and command line). */

export const TODAY = '2026-11-24';

/** A valid online listing; `extra` goes before last_verified (line 6). */
export const listing = (name: string, extra = '', verified = '2026-11-01') =>
  `---\nname: ${name}\ncategory: food\nsupport: [instrumental]\nattendance: online\n${extra}last_verified: ${verified}\n---\nA description.\n`;

/** A site.yaml with a bad time zone and an unknown field. */
export const BROKEN_SITE = [
  'name: Broken Site',
  'region:',
  '  name: Somewhere',
  '  center: [42.7, -84.5]',
  '  zoom: 12',
  '  bounds: [[42.9, -84.25], [42.55, -84.85]]',
  'timezone: Eastern Time',
  'repository:',
  '  url: https://github.com/example/x',
  'colour: blue',
  '',
].join('\n');
