// Draws the add-in's ribbon and store icons as PNG files (`npm run icons`), so that no image is
// taken from elsewhere and every size is sharp: each icon is a white glyph on a blue rounded
// square, rendered from simple shapes with 8x8 supersampling for smooth edges.
//
// Usage: node scripts/make-icons.mjs [output folder, default assets/]
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80];

const BRAND = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const SAMPLES = 8;

// Shapes work in a unit square (0..1, y grows downwards) so one drawing serves every size.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};

const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring = (cx, cy, outer, inner) => (x, y) => {
  const d2 = (x - cx) ** 2 + (y - cy) ** 2;
  return d2 <= outer * outer && d2 >= inner * inner;
};

/** Angles in degrees from the +x axis, clockwise on screen; the arc leaves out [from, to]. */
const ringWithGap = (cx, cy, outer, inner, from, to) => {
  const full = ring(cx, cy, outer, inner);
  return (x, y) => {
    const angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
    return full(x, y) && !(angle >= from && angle <= to);
  };
};

/** Even-odd point-in-polygon test. */
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const tile = roundedRect(0.03, 0.03, 0.97, 0.97, 0.2);

/**
 * Each glyph gives, for an icon size, its layers from bottom to top as [colour, shape]; later
 * layers paint over earlier ones. Edges sit on sixteenths where they can, so that the 16 px
 * icon stays crisp.
 */
export const GLYPHS = {
  // The add-in itself and the Navigator button: a bullseye. At 16 px three rings blur into
  // grey, so the smallest size keeps one ring and the centre.
  icon: (size) =>
    size <= 16
      ? [
          [BRAND, tile],
          [WHITE, ring(0.5, 0.5, 0.375, 0.25)],
          [WHITE, disc(0.5, 0.5, 0.125)],
        ]
      : [
          [BRAND, tile],
          [WHITE, ring(0.5, 0.5, 0.37, 0.28)],
          [WHITE, ring(0.5, 0.5, 0.2, 0.13)],
          [WHITE, disc(0.5, 0.5, 0.065)],
        ],
  // Target now: a funnel, because it filters the report down to the accounts to call.
  'target-now': () => [
    [BRAND, tile],
    [
      WHITE,
      polygon([
        [0.2, 0.25],
        [0.8, 0.25],
        [0.575, 0.52],
        [0.575, 0.72],
        [0.425, 0.8],
        [0.425, 0.52],
      ]),
    ],
  ],
  // Explain: a speech bubble with two lines of text.
  explain: () => [
    [BRAND, tile],
    [WHITE, roundedRect(0.1875, 0.25, 0.8125, 0.6875, 0.09)],
    [
      WHITE,
      polygon([
        [0.3, 0.66],
        [0.48, 0.66],
        [0.28, 0.82],
      ]),
    ],
    [BRAND, roundedRect(0.3125, 0.375, 0.6875, 0.4375, 0.015)],
    [BRAND, roundedRect(0.3125, 0.5, 0.5625, 0.5625, 0.015)],
  ],
  // Reset: a circular arrow.
  reset: () => [
    [BRAND, tile],
    [WHITE, ringWithGap(0.5, 0.52, 0.31, 0.21, -90, -25)],
    [
      WHITE,
      polygon([
        [0.44, 0.09],
        [0.64, 0.21],
        [0.44, 0.33],
      ]),
    ],
  ],
};

/** Renders one glyph to straight (not premultiplied) RGBA bytes, row by row. */
export function renderGlyph(layers, size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const colour = topColour(layers, x, y);
          if (!colour) continue;
          const alpha = colour[3] / 255;
          sum[0] += colour[0] * alpha;
          sum[1] += colour[1] * alpha;
          sum[2] += colour[2] * alpha;
          sum[3] += alpha;
        }
      }
      const at = (py * size + px) * 4;
      const coverage = sum[3];
      for (let c = 0; c < 3; c += 1) {
        rgba[at + c] = coverage > 0 ? Math.round(sum[c] / coverage) : 0;
      }
      rgba[at + 3] = Math.round((coverage / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

function topColour(layers, x, y) {
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    if (layers[i][1](x, y)) return layers[i][0];
  }
  return undefined;
}

/** Encodes RGBA bytes as a PNG: signature, IHDR, one IDAT, IEND. */
export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.

  // Every scanline starts with its filter type; 0 (none) keeps the encoder trivial.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) {
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

// zlib.crc32 only exists from Node 20.15, and the project supports every Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Writes `<glyph>-<size>.png` for every glyph and size; returns the written paths. */
export function writeIcons(outputDir) {
  mkdirSync(outputDir, { recursive: true });
  const written = [];
  for (const [name, glyph] of Object.entries(GLYPHS)) {
    for (const size of ICON_SIZES) {
      const file = join(outputDir, `${name}-${size}.png`);
      writeFileSync(file, encodePng(renderGlyph(glyph(size), size), size, size));
      written.push(file);
    }
  }
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outputDir = resolve(process.argv[2] ?? join(root, 'assets'));
  const written = writeIcons(outputDir);
  console.log(`wrote ${written.length} icons to ${outputDir}`);
}
