/*
 * `npm run serve:prod`: serves the build (`npm run build` first) with Debian's nginx and the
 * config the build wrote, in the foreground, on PORT (default 8080) and HOST (default: every
 * address). nginx's pid, logs and temp files live in a temporary folder; Ctrl-C stops it.
 */
import { outDir } from './folders.ts';
import { nginxProblems, startNginx } from './nginx-server.ts';

const root = outDir();
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || undefined;

const problems = nginxProblems(root);
if (problems.length > 0) {
  console.error(`Cannot serve ${root} with nginx:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const server = await startNginx({ root, port, host, stderr: 'inherit' });
console.log(
  [
    `nginx is serving ${root}/ with ${root}/nginx.conf at ${server.url}/`,
    `pid, logs and temp files: ${server.tempDir} (removed when it stops)`,
    'Ctrl-C stops it.',
  ].join('\n'),
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const code = await server.exited;
if (!stopping) {
  console.error(`nginx stopped by itself (exit code ${code}); its error log was in ${server.tempDir}`);
  await server.close();
  process.exit(code || 1);
}
