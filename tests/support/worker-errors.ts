import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

/*
 * Uncaught exceptions and console errors of service workers, which Playwright does not report
 * (it forwards a worker's console calls, not its "Uncaught (in promise)" errors). Chromium must
 * run with `--remote-debugging-port=0` (BrowserOptions.args); a second DevTools connection then
 * attaches to every service worker and listens to its runtime and its log.
 */

export const WORKER_DEBUGGING = ['--remote-debugging-port=0'];

type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string };

async function debuggingPort(profile: string): Promise<number> {
  const file = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!port) throw new Error(`No DevTools port in ${file}: launch Chromium with ${WORKER_DEBUGGING.join(' ')}`);
  return port;
}

export type WorkerErrors = { readonly errors: string[]; close: () => void };

/** Starts collecting the errors of every service worker of the browser whose profile this is. */
export async function watchWorkerErrors(profile: string): Promise<WorkerErrors> {
  const port = await debuggingPort(profile);
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    socket.send(JSON.stringify({ id: ++id, method, params, sessionId }));
  const errors: string[] = [];
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as Message;
    const params = message.params ?? {};
    if (message.method === 'Target.attachedToTarget') {
      const sessionId = params.sessionId as string;
      if ((params.targetInfo as { type: string }).type === 'service_worker') {
        send('Runtime.enable', {}, sessionId);
        send('Log.enable', {}, sessionId);
      }
      send('Runtime.runIfWaitingForDebugger', {}, sessionId);
    }
    if (message.method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails as { text: string; exception?: { description?: string } };
      errors.push(`uncaught: ${details.exception?.description ?? details.text}`.split('\n')[0] ?? '');
    }
    if (message.method === 'Runtime.consoleAPICalled' && params.type === 'error') {
      const args = params.args as { value?: unknown; description?: string }[];
      errors.push(`console.error: ${args.map((arg) => arg.value ?? arg.description).join(' ')}`);
    }
    if (message.method === 'Log.entryAdded') {
      const entry = params.entry as { level: string; text: string };
      if (entry.level === 'error') errors.push(`log: ${entry.text}`);
    }
  });
  send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: true,
    filter: [{ type: 'service_worker' }, { type: 'page', exclude: true }, {}],
  });
  return { errors, close: () => socket.close() };
}
