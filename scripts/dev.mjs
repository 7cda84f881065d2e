// `pnpm dev`: the server (restarting on change, API only) and Vite with hot reload, which proxies
// /api, /healthz and /sync to it. Open the URL Vite prints. Ctrl+C stops both.
import { spawn } from 'node:child_process';

const serverPort = process.env.PORT ?? '1234';
const children = [
  spawn('npx', ['tsx', 'watch', 'src/main.ts'], {
    cwd: new URL('../server/', import.meta.url),
    stdio: 'inherit',
    env: { ...process.env, PORT: serverPort, PARLEY_CLIENT_DIR: '' },
  }),
  spawn('npx', ['vite'], {
    cwd: new URL('../client/', import.meta.url),
    stdio: 'inherit',
    env: { ...process.env, PARLEY_SERVER_PORT: serverPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
