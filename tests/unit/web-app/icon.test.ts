import { describe, expect, it } from 'vitest';
import { ICON_FILES, ICON_SIZE, SAFE_RADIUS, iconSvg, maskableIconSvg } from '#lib/web-app/icon.ts';

/** Every point of the drawing's path (only absolute M and C, so the numbers come in x, y pairs). */
function pathPoints(svg: string): [number, number][] {
  const d = /<path d="([^"]+)"/.exec(svg)![1]!;
  expect(d).toMatch(/^M[\d. CZ-]+$/);
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!]);
}

describe('the app icon', () => {
  it('is the pin on the theme colour, with no text', () => {
    const svg = iconSvg('#0b5a55');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 512 512"/);
    expect(svg).toContain('<rect width="512" height="512" rx="112" fill="#0b5a55"/>');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toMatch(/<text|<tspan|font/);
  });

  it('fills the whole square when maskable, the pin inside the safe zone', () => {
    const svg = maskableIconSvg('#0B5A55');
    expect(svg).toContain('<rect width="512" height="512" fill="#0B5A55"/>');
    // A Bézier curve lies inside its control points, and the safe zone is a disc (convex).
    const centre = ICON_SIZE / 2;
    for (const [x, y] of pathPoints(svg)) expect(Math.hypot(x - centre, y - centre)).toBeLessThanOrEqual(SAFE_RADIUS);
    const [, cx, cy, r] = /<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/.exec(svg)!.map(Number);
    expect(Math.hypot(cx! - centre, cy! - centre) + r!).toBeLessThanOrEqual(SAFE_RADIUS);
  });

  it('refuses anything but a "#rrggbb" colour, so nothing else reaches the markup', () => {
    for (const colour of ['red', '#fff', '"/><script>alert(1)</script>', '#0b5a55" onload="x']) {
      expect(() => iconSvg(colour)).toThrow(/#rrggbb/);
      expect(() => maskableIconSvg(colour)).toThrow(/#rrggbb/);
    }
  });

  it('lists the sizes an installable app needs, and an opaque Apple icon', () => {
    expect(ICON_FILES.map(({ file, size, purpose }) => [file, size, purpose])).toEqual([
      ['icon-192.png', 192, 'any'],
      ['icon-512.png', 512, 'any'],
      ['maskable-512.png', 512, 'maskable'],
      ['apple-touch-icon.png', 180, undefined],
    ]);
    expect(ICON_FILES.find((icon) => icon.file === 'apple-touch-icon.png')).toMatchObject({
      art: 'maskable',
      opaque: true,
    });
  });
});
