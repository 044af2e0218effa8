import type { ImageFormat, Picture } from '../story-schema';
import styles from './picture-figure.module.css';

type Props = { picture: Picture };

/** How wide the picture is shown: the story column (at most about 46rem), less the page's gutters on a phone. */
export const PICTURE_SIZES = '(min-width: 50rem) 46rem, calc(100vw - 2rem)';

const srcset = (picture: Picture, format: ImageFormat) =>
  picture.variants
    .filter((variant) => variant.format === format)
    .map((variant) => `${variant.src} ${variant.width}w`)
    .join(', ');

/**
 * A picture from a story in the formats the browser prefers (AVIF, WebP, else JPEG or PNG), each
 * at the widths the build made, with its intrinsic size so nothing moves when it arrives.
 */
export function PictureFigure({ picture }: Props) {
  const fallback = picture.variants.filter((variant) => variant.format === 'jpeg' || variant.format === 'png');
  const fallbackFormat = fallback[0]?.format ?? 'jpeg';
  return (
    <figure className={styles.figure}>
      <picture>
        {(['avif', 'webp'] as const).map((format) =>
          picture.variants.some((variant) => variant.format === format) ? (
            <source key={format} type={`image/${format}`} srcSet={srcset(picture, format)} sizes={PICTURE_SIZES} />
          ) : null,
        )}
        <img
          className={styles.image}
          src={fallback.at(-1)?.src}
          srcSet={srcset(picture, fallbackFormat)}
          sizes={PICTURE_SIZES}
          width={picture.width}
          height={picture.height}
          alt={picture.alt}
          // Below the fold (no priority) a picture loads as the reader nears it; the lead picture is fetched first.
          loading={picture.priority ? undefined : 'lazy'}
          fetchPriority={picture.priority === 'lead' ? 'high' : undefined}
          decoding="async"
        />
      </picture>
      {picture.caption || picture.credit ? (
        <figcaption className={styles.caption}>
          {picture.caption}
          {picture.credit ? (
            <span className={styles.credit}>
              <span className="visually-hidden">Credit: </span>
              {picture.credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
