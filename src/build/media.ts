import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { MEDIA_DIR } from '../features/stories/api/data-files.ts';
import type { ImageFormat, Picture } from '../features/stories/story-schema.ts';

/*
 * The picture pipeline: each picture a story uses becomes AVIF, WebP and a JPEG (or, for a picture
 * with transparency, PNG) fallback at up to four widths, fingerprinted, under media/<slug>/. The
 * original file never ships.
 */

/** The story column is at most 46rem (736 CSS px) wide: half, once, one and a half and twice that. */
export const PICTURE_WIDTHS = [368, 736, 1104, 1472] as const;

/**
 * The most pixels a picture may have (50 megapixels, e.g. 8660 × 5773). Checked from the header
 * before anything is decoded, and again by sharp while decoding, so a decompression bomb (a
 * small file that unpacks to billions of pixels) fails the build rather than exhausting memory.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif']);

/** A picture the build cannot use: the message says why and what to do. */
export class PictureError extends Error {
  override name = 'PictureError';
}

export type RenderedPicture = Pick<Picture, 'width' | 'height' | 'variants'> & {
  /** The files to emit, by their path under the site root. */
  files: Map<string, Buffer>;
};

const EXTENSION: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

function encode(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case 'avif':
      return image.avif({ quality: 55, effort: 3 });
    case 'webp':
      return image.webp({ quality: 78 });
    case 'jpeg':
      return image.jpeg({ quality: 78, mozjpeg: true });
    case 'png':
      return image.png({ compressionLevel: 9 });
  }
}

/** The widths to make for a picture this wide: never wider than the original. */
export function variantWidths(originalWidth: number): number[] {
  const widths: number[] = PICTURE_WIDTHS.filter((width) => width <= originalWidth);
  const largest = widths.at(-1) ?? 0;
  if (largest < originalWidth && largest < Math.max(...PICTURE_WIDTHS)) widths.push(originalWidth);
  return widths;
}

const fileStem = (file: string) =>
  basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'picture';

async function render(input: Buffer, file: string, slug: string): Promise<RenderedPicture> {
  let metadata: Metadata;
  try {
    // The header only, nothing decoded: the size is checked below, with a message that says so.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new PictureError('is not an image file: use a JPEG, PNG, WebP or AVIF picture');
  }
  if (!ACCEPTED.has(metadata.format)) {
    throw new PictureError(
      `is ${metadata.format.toUpperCase()}, not a JPEG, PNG, WebP or AVIF picture: export it as JPEG`,
    );
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_INPUT_PIXELS) {
    throw new PictureError(
      `is ${width} × ${height} pixels, more than the limit of ${MAX_INPUT_PIXELS / 1e6} megapixels: export it smaller (${PICTURE_WIDTHS.at(-1)} pixels wide is enough)`,
    );
  }
  // EXIF orientation is applied, and the metadata (camera, place) is not copied into the variants.
  const oriented = metadata.autoOrient ?? { width, height };
  const formats: ImageFormat[] = ['avif', 'webp', metadata.hasAlpha ? 'png' : 'jpeg'];
  const files = new Map<string, Buffer>();
  const variants: Picture['variants'] = [];
  const stem = fileStem(file);
  for (const targetWidth of variantWidths(oriented.width)) {
    for (const format of formats) {
      const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .autoOrient()
        .resize({ width: targetWidth, withoutEnlargement: true });
      let output: { data: Buffer; info: OutputInfo };
      try {
        output = await encode(pipeline, format).toBuffer({ resolveWithObject: true });
      } catch (error) {
        throw new PictureError(`could not be read as a picture (${(error as Error).message}): export it again as JPEG`);
      }
      // Named by its content, as Vite names assets (`-` and eight characters): cached for a year.
      const hash = createHash('sha256').update(output.data).digest('hex').slice(0, 8);
      const src = `/${MEDIA_DIR}/${slug}/${stem}-${output.info.width}-${hash}.${EXTENSION[format]}`;
      files.set(src.slice(1), output.data);
      variants.push({ format, width: output.info.width, src });
    }
  }
  const largest = variants.at(-1)?.width ?? oriented.width;
  return {
    width: largest,
    height: Math.round((largest * oriented.height) / oriented.width),
    variants,
    files,
  };
}

// The dev server re-reads the content on every change: a picture is made again only when its bytes change.
const rendered = new Map<string, Promise<RenderedPicture>>();

/** The responsive variants of one picture file, for one story. Throws a PictureError for a file that is not a usable picture. */
export function renderPicture(file: string, slug: string): Promise<RenderedPicture> {
  const input = readFileSync(file);
  const key = `${slug}\u0000${basename(file)}\u0000${createHash('sha256').update(input).digest('hex')}`;
  let result = rendered.get(key);
  if (!result) {
    result = render(input, file, slug);
    // A failure is not kept: the next read tries again (the editor may have replaced the file).
    result.catch(() => rendered.delete(key));
    rendered.set(key, result);
  }
  return result;
}
