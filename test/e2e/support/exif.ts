// JPEGs for the photo tests: drawn by the browser under test, and given an EXIF block (orientation
// and a GPS position) as a phone camera writes it.

/** Rectangles to fill: colour, x, y, width, height. */
export type Fills = [colour: string, x: number, y: number, width: number, height: number][];

/**
 * In the page (pass it to evaluate, so it must stay self-contained): a `width`×`height` JPEG at
 * quality 0.9 with `fills` drawn, as base64.
 */
export async function drawJpeg({ width, height, fills }: { width: number; height: number; fills: Fills }): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  for (const [colour, x, y, w, h] of fills) {
    context.fillStyle = colour;
    context.fillRect(x, y, w, h);
  }
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
// One 12-byte IFD entry: tag, type, count, value or offset (big-endian "MM" TIFF).
function entry(tag: number, type: number, count: number, value: number[]): number[] {
  return [...u16(tag), ...u16(type), ...u32(count), ...value, ...Array(4 - value.length).fill(0)];
}
const rational = (deg: number, min: number, sec: number) => [...u32(deg), ...u32(1), ...u32(min), ...u32(1), ...u32(sec), ...u32(1)];

/** The JPEG with an APP1 EXIF segment right after its start marker: Orientation and GPS latitude/longitude. */
export function withExif(jpeg: Uint8Array, orientation: number): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  // TIFF header (8) + IFD0 with 2 entries (2 + 24 + 4 = 30) → GPS IFD at 38 with 4 entries (2 + 48 + 4 = 54) → data at 92.
  const gpsAt = 8 + 30;
  const dataAt = gpsAt + 54;
  const tiff = [
    0x4d,
    0x4d,
    ...u16(42),
    ...u32(8),
    ...u16(2),
    entry(0x0112, 3, 1, u16(orientation)),
    entry(0x8825, 4, 1, u32(gpsAt)),
    ...u32(0),
    ...u16(4),
    ...entry(0x0001, 2, 2, [0x4e, 0]), // GPSLatitudeRef "N"
    ...entry(0x0002, 5, 3, u32(dataAt)), // GPSLatitude
    ...entry(0x0003, 2, 2, [0x57, 0]), // GPSLongitudeRef "W"
    ...entry(0x0004, 5, 3, u32(dataAt + 24)), // GPSLongitude
    ...u32(0),
    ...rational(37, 47, 2), // Moscone Center
    ...rational(122, 24, 5),
  ].flat();
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]; // "Exif\0\0"
  const app1 = [0xff, 0xe1, ...u16(body.length + 2), ...body];
  return new Uint8Array([0xff, 0xd8, ...app1, ...jpeg.subarray(2)]);
}

/** True when the JPEG has an EXIF segment (APP1 starting "Exif") anywhere before the image data. */
export function hasExif(jpeg: Uint8Array): boolean {
  let at = 2;
  while (at + 4 < jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    if (marker === 0xe1 && String.fromCharCode(...jpeg.subarray(at + 4, at + 8)) === 'Exif') return true;
    if (marker === 0xda) return false; // start of scan: no more metadata segments
    at += 2 + length;
  }
  return false;
}
