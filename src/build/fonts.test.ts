// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FACES_MARKER, fallbackFontFaces, serifStack } from './fonts.ts';

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../styles/${file}`, import.meta.url)), 'utf8');
const token = (css: string, name: string) =>
  new RegExp(`${name}:([^;]+);`).exec(css)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';

describe('the site’s serif', () => {
  it('is named in tokens.css with every stand-in whose faces the build writes, in order', () => {
    const tokens = read('tokens.css');
    expect(token(tokens, '--font-body')).toBe(serifStack());
    expect(token(tokens, '--font-headline')).toBe('var(--font-body)');
    const families = new Set([...fallbackFontFaces().matchAll(/font-family: "([^"]+)"/g)].map((m) => m[1]));
    expect([...families].map((family) => `"${family}"`)).toEqual(serifStack().split(', ').slice(1, -1));
  });

  it('has a regular, bold, italic and bold italic stand-in in each local serif, scaled to Source Serif 4', () => {
    const faces = fallbackFontFaces().split('@font-face').slice(1);
    expect(faces).toHaveLength(3 * 4);
    for (const face of faces) {
      expect(face).toMatch(/src: local\('[^']+'\)/);
      expect(face).toMatch(/size-adjust: \d+(\.\d+)?%/);
      expect(face).toMatch(/ascent-override: \d+(\.\d+)?%/);
      expect(face).toMatch(/descent-override: \d+(\.\d+)?%/);
    }
    // Georgia's letters are narrower than Source Serif 4's on average: scaled up, by a few percent.
    const georgia = faces.find((face) => face.includes("local('Georgia')"));
    const scale = Number(/size-adjust: ([\d.]+)%/.exec(georgia ?? '')?.[1]);
    expect(scale).toBeGreaterThan(100);
    expect(scale).toBeLessThan(115);
  });

  it('is self-hosted, swapped in rather than hidden, and asks the build for its stand-ins', () => {
    const fonts = read('fonts.css');
    const faces = fonts.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face).toMatch(/src: url\("@fontsource-variable\/source-serif-4\/files\/[^"]+-latin-wght-\w+\.woff2"\)/);
      expect(face).toMatch(/font-display: (swap|optional);/);
    }
    expect(fonts).toContain(FALLBACK_FACES_MARKER);
  });
});
