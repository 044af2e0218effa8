import { DEFAULT_PREFERENCES, PREFERENCE_FIELDS } from './preference-values.ts';

/**
 * The script that applies the stored theme and text size while <head> is parsed, before first
 * paint, written from the same keys, attributes and values the app uses. It is inline (no round
 * trip before the first paint) and allowed by its hash in the CSP's `script-src` (src/build/csp.ts);
 * a unit test runs it against every combination the app can store.
 */
function applyStored(field: keyof typeof PREFERENCE_FIELDS): string {
  const { key, attribute, values } = PREFERENCE_FIELDS[field];
  // The default is "no attribute": only the other values are ever set.
  const set = values.filter((value) => value !== DEFAULT_PREFERENCES[field]);
  return `v=s.getItem(${JSON.stringify(key)});if(${JSON.stringify(set)}.includes(v))r.setAttribute(${JSON.stringify(attribute)},v);`;
}

export const PREFERENCES_SCRIPT = `(()=>{try{const r=document.documentElement,s=localStorage;let v;${applyStored('theme')}${applyStored('textSize')}}catch{}})()`;
