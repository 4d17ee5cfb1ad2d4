// Draws Counterclaim's toolbar icons (two speech marks, the second one struck through) as PNGs in
// public/icons. Run once after changing the drawing: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** Colour of the icon at a point of the unit square, as [r, g, b, a]. */
type Rgba = [number, number, number, number];

function paint(x: number, y: number): Rgba {
  const inside = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner = 0.2;
  const qx = Math.min(Math.max(x, corner), 1 - corner);
  const qy = Math.min(Math.max(y, corner), 1 - corner);
  if ((x - qx) ** 2 + (y - qy) ** 2 > corner * corner) return [0, 0, 0, 0];
  // Two speech marks: a dot with a tail each.
  const mark = (cx: number) =>
    inside(cx, 0.42, 0.11) || (x > cx - 0.02 && x < cx + 0.1 && y > 0.42 && y < 0.66 - (x - cx) * 1.2);
  if (mark(0.3)) return [255, 255, 255, 255];
  const slash = Math.abs(y - (1.25 - x)) < 0.06 && x > 0.5 && x < 0.9;
  if (slash) return [232, 69, 60, 255];
  if (mark(0.62)) return [255, 255, 255, 255];
  return [24, 49, 83, 255];
}

function png(size: number): Buffer {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum: Rgba = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3] += c[3];
        }
      const alpha = sum[3] / samples ** 2;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = sum[3] ? Math.round(sum[i]! / sum[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
