import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreferences, setPreference, TEXT_SIZE_KEY, TEXT_SIZES, THEME_KEY, THEMES } from './preferences';
import { PREFERENCES_SCRIPT } from './preferences-script';

const root = document.documentElement;

afterEach(() => {
  vi.restoreAllMocks();
  setPreference({ theme: 'system', textSize: 'medium' });
});

/** Runs the inline head script as the browser does before first paint. */
function runHeadScript() {
  new Function(PREFERENCES_SCRIPT)();
}

describe('reading preferences', () => {
  it('start as the system theme at medium size', () => {
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'medium' });
  });

  it('apply a choice to <html> at once and remember it', () => {
    expect(setPreference({ theme: 'dark', textSize: 'large' })).toBe(true);
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.textSize).toBe('large');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(readPreferences()).toEqual({ theme: 'dark', textSize: 'large' });
  });

  it('go back to the defaults by removing the attributes and the stored values', () => {
    setPreference({ theme: 'light', textSize: 'small' });
    setPreference({ theme: 'system', textSize: 'medium' });
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('ignore stored values that are not a known choice', () => {
    localStorage.setItem(THEME_KEY, 'purple');
    localStorage.setItem(TEXT_SIZE_KEY, '<script>');
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'medium' });
  });

  it('still apply a choice when the browser refuses to store it, and say so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(setPreference({ theme: 'dark' })).toBe(false);
    expect(root.dataset.theme).toBe('dark');
    expect(readPreferences().theme).toBe('dark');
  });

  it.each(THEMES.flatMap((theme) => TEXT_SIZES.map((textSize) => ({ theme, textSize }))))(
    'are applied before first paint by the head script exactly as the app applies them ($theme, $textSize)',
    ({ theme, textSize }) => {
      setPreference({ theme, textSize });
      const applied = { theme: root.dataset.theme, textSize: root.dataset.textSize };
      root.removeAttribute('data-theme');
      root.removeAttribute('data-text-size');
      runHeadScript();
      expect({ theme: root.dataset.theme, textSize: root.dataset.textSize }).toEqual(applied);
    },
  );

  it('leave the page alone from the head script when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runHeadScript).not.toThrow();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
