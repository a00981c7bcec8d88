// Favicon, app icon and web app manifest. Browsers ask for /favicon.ico on
// every site; without it every page view logs a 404. The icon is drawn in
// code (a rounded square in the header colour with a white "i"), so no binary
// file needs to be kept in the repository.
import type { FastifyInstance } from 'fastify';
import { scExportPlugin } from './sc-export.ts';

const BRAND = { r: 0x1e, g: 0x3a, b: 0x5f };

/** Whether pixel (x, y) of a size×size icon is white (the letter "i"). */
function isGlyph(x: number, y: number, size: number): boolean {
  const u = (v: number) => (v + 0.5) / size; // pixel centre, 0..1
  const [fx, fy] = [u(x), u(y)];
  const dot = (fx - 0.5) ** 2 + (fy - 0.27) ** 2 <= 0.095 ** 2;
  const stem = fx >= 0.41 && fx <= 0.59 && fy >= 0.42 && fy <= 0.8;
  return dot || stem;
}

/** Whether pixel (x, y) lies inside the rounded square. */
function isInside(x: number, y: number, size: number): boolean {
  const r = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r;
}

/** A 32×32 ICO file with one 32-bit BMP image. */
export function faviconIco(size = 32): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  // BMP rows run bottom-up; pixels are BGRA.
  for (let row = 0; row < size; row++) {
    const y = size - 1 - row;
    for (let x = 0; x < size; x++) {
      const i = (row * size + x) * 4;
      if (!isInside(x, y, size)) continue; // transparent
      const white = isGlyph(x, y, size);
      pixels[i] = white ? 255 : BRAND.b;
      pixels[i + 1] = white ? 255 : BRAND.g;
      pixels[i + 2] = white ? 255 : BRAND.r;
      pixels[i + 3] = 255;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskRow * size); // all zero: alpha decides
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8); // height counts image and mask
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([info, pixels, mask]);
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, image]);
}

export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e3a5f"/><circle cx="16" cy="8.6" r="3" fill="#fff"/><rect x="13.1" y="13.4" width="5.8" height="12.2" fill="#fff"/></svg>`;

export function manifest(lang: 'nl' | 'en' = 'nl') {
  return {
    name: 'InBeeld: hulp bij werk, ook zonder uitkering',
    short_name: 'InBeeld',
    description:
      lang === 'en'
        ? 'Find support toward work in your gemeente, also without a benefit.'
        : 'Vind hulp bij werk in je gemeente, ook als je geen uitkering hebt.',
    lang,
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1e3a5f',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/favicon.ico', sizes: '32x32', type: 'image/x-icon' },
    ],
  };
}

export async function siteFilesPlugin(app: FastifyInstance) {
  await app.register(scExportPlugin);
  const hide = { schema: { hide: true } };
  const ico = faviconIco();
  const day = 'public, max-age=86400';
  app.get('/favicon.ico', hide, (_req, reply) => reply.type('image/x-icon').header('cache-control', day).send(ico));
  app.get('/icon.svg', hide, (_req, reply) => reply.type('image/svg+xml').header('cache-control', day).send(iconSvg));
  app.get('/manifest.webmanifest', hide, (_req, reply) =>
    reply.type('application/manifest+json; charset=utf-8').header('cache-control', day).send(JSON.stringify(manifest())),
  );
}
