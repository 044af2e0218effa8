import { CHROMIUM_FLAGS, chromiumPath } from '@tests/support/browser';
import { type Browser, chromium, type Page } from 'playwright-core';
import { armClickToFrame, type ClickTiming, clickToFrame } from './click-to-frame';
import { median, medianRange, serve, table, verdict } from './support';

/*
 * How fast the reading tools answer a click on a slow phone's CPU (4× slowdown through CDP; the
 * network is not slowed): the click event's timestamp to the frame that shows the answer, and the
 * browser's Event Timing figure for the interaction (what INP is made of). Each run is a first
 * visit in a fresh context, hydrated (network idle) before the reader acts.
 */

const CPU_SLOWDOWN = 4;

type Scenario = {
  name: string;
  /** What the reader does first, if anything, and how long they take before clicking. */
  before?: (page: Page) => Promise<void>;
  click: (page: Page) => Promise<void>;
  /** A JS expression, true once the page shows the answer. */
  done: string;
};

const display = (page: Page) => page.getByRole('button', { name: 'Display' });
/** The panel is on screen, with its choices or still loading them. */
const PANEL_SHOWN = `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Display');
  const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  return button?.getAttribute('aria-expanded') === 'true' && panel && !panel.hidden && panel.textContent !== '';
})()`;
/** The panel is on screen with its choices. */
const PANEL_OPEN = `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Display');
  const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  return button?.getAttribute('aria-expanded') === 'true' && panel && !panel.hidden && !!panel.querySelector('input[type=radio]');
})()`;

const SCENARIOS: Scenario[] = [
  {
    name: 'open Display, pointer resting on it first (its code fetched on that intent)',
    before: async (page) => {
      const choices = page.waitForResponse((r) => r.url().includes('/assets/display-choices'));
      await display(page).hover();
      await (await choices).finished();
      await page.waitForTimeout(200);
    },
    click: (page) => display(page).click(),
    done: PANEL_OPEN,
  },
  {
    name: 'open Display with no intent beforehand (a tap): the panel, saying Loading… until its choices arrive',
    click: (page) => display(page).click(),
    done: PANEL_SHOWN,
  },
  {
    name: 'open Display with no intent beforehand (a tap): its choices, fetched with the click',
    click: (page) => display(page).click(),
    done: PANEL_OPEN,
  },
  {
    name: 'press Save',
    click: (page) => page.getByRole('button', { name: 'Save', exact: true }).click(),
    done: `[...document.querySelectorAll('button[aria-pressed="true"]')].some((b) => b.textContent?.includes('Saved'))`,
  },
];

async function once(browser: Browser, url: string, scenario: Scenario): Promise<ClickTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await scenario.before?.(page);
    await armClickToFrame(page, scenario.done);
    await scenario.click(page);
    return await clickToFrame(page);
  } finally {
    await context.close();
  }
}

export async function interactionsSection(
  outDir: string,
  port: number,
  { path, runs }: { path: string; runs: number },
): Promise<void> {
  const app = await serve(outDir, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    console.log(
      `\nInteractions on ${path} under ${CPU_SLOWDOWN}× CPU slowdown (${browser.version()}), ${runs} first visits each: ` +
        'click event timestamp → frame showing the answer; Event Timing = the browser’s INP figure for it (< 16 ms is not reported)\n',
    );
    const rows: (string | number)[][] = [
      ['interaction', 'click → frame (ms), every run', 'median (min–max)', 'frame after click', 'Event Timing (ms)'],
    ];
    const targets: string[] = [];
    for (const scenario of SCENARIOS) {
      const timings: ClickTiming[] = [];
      for (let i = 0; i < runs; i++) timings.push(await once(browser, `${app.url}${path}`, scenario));
      const frames = timings.map((t) => t.frameMs);
      const events = timings.map((t) => t.eventMs ?? 0);
      rows.push([
        scenario.name,
        frames.map((f) => f.toFixed(0)).join(', '),
        medianRange(frames, (v) => `${v.toFixed(1)} ms`),
        timings.map((t) => t.frame).join(', '),
        medianRange(events, (v) => (v === 0 ? '<16' : `${v}`)),
      ]);
      const next = timings.filter((t) => t.frame === 1).length;
      targets.push(
        `${scenario.name}: shown in the next frame in ${next} of ${runs} runs (${verdict(next === runs)}), ` +
          `click → that frame median ${median(frames).toFixed(1)} ms`,
      );
    }
    console.log(table(rows));
    console.log(`\nTargets (issue 11):\n${targets.map((t) => `- ${t}`).join('\n')}`);
  } finally {
    await browser.close();
    await app.close();
  }
}
