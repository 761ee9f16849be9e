// EXIF of embedded pictures. A photo taken on a phone carries where and when it was
// taken and by what device; a GPS position of a protected site is itself a leak.

import exifr from 'exifr';
import type { EmbeddedImage } from './types';

const PICKED_TAGS = ['Make', 'Model', 'Software', 'Artist', 'Copyright', 'ImageDescription', 'DateTimeOriginal', 'CreateDate', 'OwnerName', 'CameraOwnerName'];

const IMAGE_EXT = /\.(jpe?g|tiff?|png|heic|heif|webp|avif)$/i;

function formatValue(v: unknown): string | number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') return v.replace(/\0+$/, '').trim().slice(0, 200) || undefined;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return undefined;
}

/** Reads selected EXIF tags; a picture whose EXIF cannot be parsed is listed without it rather than failing the file. */
export async function describeImage(name: string, bytes: Buffer): Promise<EmbeddedImage> {
  const image: EmbeddedImage = { name, bytes: bytes.length };
  if (!IMAGE_EXT.test(name)) return image;
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, { tiff: true, exif: true, gps: true, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false, mergeOutput: true, makerNote: false, userComment: false })) as Record<string, unknown> | undefined;
  } catch {
    return image;
  }
  if (!tags) return image;
  const exif: Record<string, string | number> = {};
  for (const key of PICKED_TAGS) {
    const v = formatValue(tags[key]);
    if (v !== undefined) exif[key] = v;
  }
  const lat = tags.latitude;
  const lon = tags.longitude;
  if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) {
    image.gps = { latitude: Math.round(lat * 1e6) / 1e6, longitude: Math.round(lon * 1e6) / 1e6 };
  }
  if (Object.keys(exif).length) image.exif = exif;
  return image;
}

/** Metadata-layer lines for an image: `image.<name>.<tag>: value`, GPS as `image.<name>.gps: lat, lon`. */
export function imageMetadataLines(img: EmbeddedImage): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(img.exif ?? {})) lines.push([`image.${img.name}.${k}`, String(v)]);
  if (img.gps) lines.push([`image.${img.name}.gps`, `${img.gps.latitude}, ${img.gps.longitude}`]);
  return lines;
}
