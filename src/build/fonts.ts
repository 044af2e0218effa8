import { createFontStack } from '@capsizecss/core';
import georgia from '@capsizecss/metrics/georgia';
import georgiaBold from '@capsizecss/metrics/georgia/700';
import georgiaBoldItalic from '@capsizecss/metrics/georgia/700italic';
import georgiaItalic from '@capsizecss/metrics/georgia/italic';
import notoSerif from '@capsizecss/metrics/notoSerif';
import notoSerifBold from '@capsizecss/metrics/notoSerif/700';
import notoSerifBoldItalic from '@capsizecss/metrics/notoSerif/700italic';
import notoSerifItalic from '@capsizecss/metrics/notoSerif/italic';
import sourceSerif from '@capsizecss/metrics/sourceSerif4';
import sourceSerifBold from '@capsizecss/metrics/sourceSerif4/700';
import sourceSerifBoldItalic from '@capsizecss/metrics/sourceSerif4/700italic';
import sourceSerifItalic from '@capsizecss/metrics/sourceSerif4/italic';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import timesNewRomanBoldItalic from '@capsizecss/metrics/timesNewRoman/700italic';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';

/*
 * The web font and the local serifs that stand in for it until it arrives. Each stand-in is
 * scaled to Source Serif 4's average letter width and given its ascent, descent and line gap, so
 * a line holds the same words and stands as tall in both, and nothing moves when the font swaps.
 */

type Metrics = typeof sourceSerif;

/** The font files every page preloads: the upright face, which all text on every page uses. */
export const PRELOADED_FONT_FILES = ['source-serif-4-latin-wght-normal.woff2'];

/**
 * Liberation Serif (on most Linux desktops; Chromium's Debian package depends on it) is drawn to
 * Times New Roman's metrics, glyph for glyph: the same numbers, under its own local names.
 */
const liberation = (metrics: Metrics, style: string): Metrics => ({
  ...metrics,
  familyName: 'Liberation Serif',
  fullName: `Liberation Serif${style ? ` ${style}` : ''}`,
  postscriptName: `LiberationSerif${style ? `-${style.replace(' ', '')}` : ''}`,
});

/**
 * Source Serif 4 and the local serifs that stand in for it: Georgia (macOS, iOS, Windows),
 * Liberation Serif (Linux), Noto Serif (Android). Each is a few hundred bytes of CSS on every
 * page, so no more than one per system. Weights 200–599 use the regular faces, 600–900 the bold.
 */
const VARIANTS = [
  {
    weight: '200 599',
    style: 'normal',
    fonts: [sourceSerif, georgia, liberation(timesNewRoman, ''), notoSerif],
  },
  {
    weight: '600 900',
    style: 'normal',
    fonts: [sourceSerifBold, georgiaBold, liberation(timesNewRomanBold, 'Bold'), notoSerifBold],
  },
  {
    weight: '200 599',
    style: 'italic',
    fonts: [sourceSerifItalic, georgiaItalic, liberation(timesNewRomanItalic, 'Italic'), notoSerifItalic],
  },
  {
    weight: '600 900',
    style: 'italic',
    fonts: [
      sourceSerifBoldItalic,
      georgiaBoldItalic,
      liberation(timesNewRomanBoldItalic, 'Bold Italic'),
      notoSerifBoldItalic,
    ],
  },
] as const;

/** The @font-face rules of the metric-adjusted stand-ins, four styles for each local serif. */
export function fallbackFontFaces(): string {
  return VARIANTS.map(({ weight, style, fonts }) => {
    const { fontFaces } = createFontStack([...fonts], { fontFaceProperties: { fontWeight: weight, fontStyle: style } });
    return fontFaces;
  }).join('\n');
}

/** The font-family stack that names the web font, then each stand-in, then the generic serif. */
export function serifStack(): string {
  const [webFont, ...standIns] = VARIANTS[0].fonts;
  // createFontStack also appends the local fonts' own names; the stand-ins already are those fonts.
  const { fontFamily } = createFontStack([webFont, ...standIns]);
  return [...fontFamily.split(', ').slice(0, 1 + standIns.length), 'serif'].join(', ');
}

/** Where fonts.css asks for the stand-ins' @font-face rules. */
export const FALLBACK_FACES_MARKER = '/* broadsheet:font-fallbacks */';
