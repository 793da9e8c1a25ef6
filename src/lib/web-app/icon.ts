/**
 * The installed app's icon, drawn as SVG: a white map pin on the site's theme colour. A neutral
 * mark on purpose: an icon on someone's home screen should not say what the site is about, and
 * it holds no text, so it renders the same with no fonts installed. Pure: the build renders these
 * strings to PNG (src/integrations/web-app/).
 */

/** The side of the drawing; every size is rendered from it. */
export const ICON_SIZE = 512;

/**
 * A maskable icon's artwork must fit the "safe zone", the centred circle of 80% of the icon's
 * width (a radius of 40%), since the launcher may cut the icon to any shape containing it.
 */
export const SAFE_RADIUS = ICON_SIZE * 0.4;

/** The corner radius of the non-maskable icon's rounded square (about a launcher's own). */
const CORNER = 112;

/** The colour a theme colour must be before it goes into the markup (site.ts checks it too). */
const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The pin, as cubic Bézier segments around the icon's centre: a circle of radius 100 whose
 * centre sits 44 above the icon's, drawn as two quarter arcs (0.5523 is the usual Bézier circle
 * constant), narrowing to a point 144 below the centre. Only absolute points and cubics, so every
 * number in the path is a point; the curve lies inside its control points, so the safe-zone test
 * can check the points alone.
 */
const K = 100 * 0.5523;
const PIN: readonly (readonly [number, number])[][] = [
  [[0, 144]],
  [
    [-40, 90],
    [-100, 12],
    [-100, -44],
  ],
  [
    [-100, -44 - K],
    [-K, -144],
    [0, -144],
  ],
  [
    [K, -144],
    [100, -44 - K],
    [100, -44],
  ],
  [
    [100, 12],
    [40, 90],
    [0, 144],
  ],
];
/** The hole in the pin: theme colour showing through, centred in its round head. */
const HOLE = { x: 0, y: -44, r: 40 };

function point([x, y]: readonly [number, number]): string {
  const c = ICON_SIZE / 2;
  return `${round(c + x)} ${round(c + y)}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The pin's path data: "M x y C … Z". */
function pinPath(): string {
  const [start, ...curves] = PIN;
  return `M${point(start![0]!)} ${curves.map((curve) => `C${curve.map(point).join(' ')}`).join(' ')}Z`;
}

function checkedColour(colour: string): string {
  if (!COLOUR.test(colour)) throw new Error(`The theme colour must be "#rrggbb", not ${JSON.stringify(colour)}`);
  return colour;
}

function svg(background: string, colour: string): string {
  const c = ICON_SIZE / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}" width="${ICON_SIZE}" height="${ICON_SIZE}">`,
    background,
    `<path d="${pinPath()}" fill="#ffffff"/>`,
    `<circle cx="${c + HOLE.x}" cy="${c + HOLE.y}" r="${HOLE.r}" fill="${colour}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The icon: the pin on a rounded square of `themeColour`, transparent at the corners. */
export function iconSvg(themeColour: string): string {
  const colour = checkedColour(themeColour);
  return svg(`<rect width="${ICON_SIZE}" height="${ICON_SIZE}" rx="${CORNER}" fill="${colour}"/>`, colour);
}

/**
 * The maskable icon (also the Apple touch icon, which iOS rounds itself): the colour fills the
 * whole square, so whatever shape the launcher cuts shows no transparent corner, and the pin
 * stays inside the safe zone.
 */
export function maskableIconSvg(themeColour: string): string {
  const colour = checkedColour(themeColour);
  return svg(`<rect width="${ICON_SIZE}" height="${ICON_SIZE}" fill="${colour}"/>`, colour);
}

/** An icon file the build writes into `icons/`. */
export interface IconFile {
  file: string;
  /** Width and height in pixels. */
  size: number;
  /** Which drawing: the rounded square, or the full square for masks and iOS. */
  art: 'icon' | 'maskable';
  /** Its purpose in the manifest, or undefined when the manifest does not list it. */
  purpose?: 'any' | 'maskable';
  /** True for a PNG with no alpha channel (iOS shows transparency as black). */
  opaque?: boolean;
}

/** Every icon file, once for all languages. */
export const ICON_FILES: readonly IconFile[] = [
  { file: 'icon-192.png', size: 192, art: 'icon', purpose: 'any' },
  { file: 'icon-512.png', size: 512, art: 'icon', purpose: 'any' },
  { file: 'maskable-512.png', size: 512, art: 'maskable', purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, art: 'maskable', opaque: true },
];

/** The SVG icon's file, beside the PNGs; the manifest lists it for browsers that scale it. */
export const SVG_ICON_FILE = 'icon.svg';

/** The folder under the base path the icons are written to. */
export const ICON_FOLDER = 'icons';
