/**
 * What makes the site installable: one web app manifest per language and one set of icons,
 * written when the build is done. The values come from src/lib/web-app/ (pure, unit-tested);
 * this only renders the SVG icon to PNG with sharp (Astro's own image library) and writes files.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { getSite } from '#lib/content/site.ts';
import { ICON_FILES, ICON_FOLDER, ICON_SIZE, SVG_ICON_FILE, iconSvg, maskableIconSvg } from '#lib/web-app/icon.ts';
import type { IconFile } from '#lib/web-app/icon.ts';
import { manifestFiles, manifestJson, webAppManifest } from '#lib/web-app/manifest.ts';

/** One icon as PNG bytes, drawn at its own size (not scaled down from a bitmap), so edges stay sharp. */
async function renderIcon(icon: IconFile, svgs: Record<IconFile['art'], string>, colour: string): Promise<Buffer> {
  // SVG renders at 72 dpi by default: this density makes the drawing exactly `size` pixels wide.
  const image = sharp(Buffer.from(svgs[icon.art]), { density: (72 * icon.size) / ICON_SIZE }).resize(
    icon.size,
    icon.size,
  );
  // iOS shows a transparent pixel as black: the Apple icon gets no alpha channel at all.
  return (icon.opaque ? image.flatten({ background: colour }) : image).png().toBuffer();
}

export function webApp(): AstroIntegration {
  let base = '/';
  return {
    name: 'recovery-map:web-app',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = getSite();
        const files = manifestFiles(site.languages);
        for (const { lang, path } of files) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          writeFileSync(join(out, path), manifestJson(webAppManifest(site, lang, base)));
        }
        // Only the validated theme colour from site.yaml reaches the drawing.
        const svgs = { icon: iconSvg(site.theme_color), maskable: maskableIconSvg(site.theme_color) };
        const folder = join(out, ICON_FOLDER);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, SVG_ICON_FILE), svgs.icon);
        const pngs = await Promise.all(ICON_FILES.map((icon) => renderIcon(icon, svgs, site.theme_color)));
        ICON_FILES.forEach(({ file }, i) => writeFileSync(join(folder, file), pngs[i]!));
        logger.info(
          `web app: ${files.length} manifest(s) (${site.languages.join(', ')}), ${ICON_FILES.length + 1} icons`,
        );
      },
    },
  };
}
