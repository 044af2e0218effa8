// Applies the reader's theme and text size before first paint. A classic script, not a module,
// so it runs while <head> is parsed; an external file because the CSP forbids inline scripts.
// Keys and values must match src/features/reading/preferences.ts (a unit test checks).
(() => {
  const root = document.documentElement;
  try {
    const theme = localStorage.getItem('broadsheet.theme');
    const size = localStorage.getItem('broadsheet.text-size');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (size === 'small' || size === 'large' || size === 'x-large') root.setAttribute('data-text-size', size);
  } catch {
    // Storage blocked: the page keeps the system theme and default size.
  }
})();
