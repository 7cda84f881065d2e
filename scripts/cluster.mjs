// `pnpm cluster`: a Parley cluster on this machine, for trying it out (issue 16). Installs PostgreSQL
// and Redis when missing (as the tests do), starts them in a temp dir, builds the client and the
// server once, starts N Parley servers (default 3, ids a, b, c…) from the build, as `pnpm start` runs
// one (node server/dist/main.js), sharing them and one generated secret, and a load
// balancer with session affinity on PORT (default 1234) in front of them. Ctrl+C (SIGINT) or SIGTERM
// stops everything and removes the temp dir.
//
//   node scripts/cluster.mjs [--servers N] [--no-build]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres, startRedis } from './lib/clusterStores.mjs';
import { startLoadBalancer } from './lib/loadBalancer.mjs';
import { freePort, handOver, runToCompletion, startProcess } from './lib/localProcesses.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_SERVERS = 26;

const { values: options } = parseArgs({
  options: {
    servers: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(
    'node scripts/cluster.mjs [--servers N] [--no-build]\n' +
      '  PostgreSQL, Redis and N Parley servers (default 3) behind a load balancer on PORT (default 1234).\n' +
      '  --no-build: serve the client already in client/dist (the server is built in any case: it takes a second).',
  );
  process.exit(0);
}
const serverCount = Number(options.servers);
if (!Number.isInteger(serverCount) || serverCount < 1 || serverCount > MAX_SERVERS) {
  console.error(`--servers takes a whole number from 1 to ${MAX_SERVERS}, not "${options.servers}"`);
  process.exit(2);
}
const balancerPort = Number(process.env.PORT ?? 1234);
const balancerHost = process.env.HOST ?? '127.0.0.1';
const serverIds = Array.from({ length: serverCount }, (_, index) => String.fromCharCode(97 + index));

/** What is running, stopped in the reverse order of starting. */
const running = { balancer: null, servers: [], redis: null, postgres: null };
let tempDir = null;
let stopping = false;

function say(line) {
  process.stdout.write(`${'cluster'.padEnd(9)}| ${line}\n`);
}

/** Installs PostgreSQL and Redis when missing (Debian packages, as root), like the test command. */
function ensureInstalled() {
  for (const script of ['ensure-postgres.mjs', 'ensure-redis.mjs']) {
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts', script)], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/** `pnpm` when it is on the PATH (it is under `pnpm cluster`), else through npx like the README's commands. */
function pnpmCommand() {
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, 'pnpm')));
  return onPath ? ['pnpm', []] : ['npx', ['-y', 'pnpm@12.4.2']];
}

async function buildClient() {
  const [command, prefix] = pnpmCommand();
  say('building the client once for every server…');
  await runToCompletion({
    name: 'build',
    command,
    args: [...prefix, '--filter', '@parley/client', 'build'],
    cwd: repo,
    deathSignal: 'TERM',
  });
}

/** server/dist/main.js from the current source (esbuild, under a second), as `pnpm start` does. */
async function buildServer() {
  say('building the server…');
  await runToCompletion({
    name: 'build',
    command: process.execPath,
    args: ['build.mjs'],
    cwd: path.join(repo, 'server'),
    deathSignal: 'TERM',
  });
}

async function startParley(id, { databaseUrl, redisUrl, secret }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = path.join(tempDir, `server-${id}`);
  fs.mkdirSync(dataDir);
  // As the server package's start script does: plain node on the build, so its pid is the server's own for signals.
  const server = await startProcess({
    name: id,
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: path.join(repo, 'server'),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PARLEY_DATA_DIR: dataDir,
      PARLEY_DATABASE_URL: databaseUrl,
      PARLEY_REDIS_URL: redisUrl,
      PARLEY_SERVER_ID: id,
      PARLEY_ADVERTISE_URL: url,
      PARLEY_SECRET: secret,
    },
    deathSignal: 'TERM',
    ready: /Parley is running/,
  });
  void server.exited.then(({ code, signal }) => {
    if (stopping) return;
    say(`server ${id} (pid ${server.pid}) exited (${signal ?? `code ${code}`}); the others go on. Ctrl+C stops all.`);
  });
  return { id, port, url, process: server };
}

/**
 * Like Promise.all, but waits for every start to settle before failing: what did start is then in
 * `running` and gets stopped, rather than coming up after the clean-up.
 */
async function allStarted(starts) {
  const results = await Promise.allSettled(starts);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => result.value);
}

/** Fails at once, before anything is built or started, when the balancer's port is taken. */
async function ensurePortFree() {
  const probe = net.createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', (error) =>
      reject(new Error(`${balancerHost}:${balancerPort} is not free (${error.code}); set PORT to another port`)),
    );
    probe.listen(balancerPort, balancerHost, resolve);
  });
  await new Promise((resolve) => probe.close(resolve));
}

async function start() {
  await ensurePortFree();
  ensureInstalled();
  if (!options['no-build']) await buildClient();
  await buildServer();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cluster-'));
  handOver(tempDir);
  const postgresDir = path.join(tempDir, 'postgres');
  const redisDir = path.join(tempDir, 'redis');
  fs.mkdirSync(postgresDir);
  fs.mkdirSync(redisDir);
  const [postgres, redis] = await allStarted([
    startPostgres(postgresDir).then((started) => {
      running.postgres = started.process;
      return started;
    }),
    startRedis(redisDir).then((started) => {
      running.redis = started.process;
      return started;
    }),
  ]);
  const shared = { databaseUrl: postgres.url, redisUrl: redis.url, secret: randomBytes(32).toString('hex') };
  // Together: the schema steps run under an advisory lock, so servers starting at once upgrade once.
  await allStarted(
    serverIds.map((id) =>
      startParley(id, shared).then((server) => {
        running.servers.push(server);
        return server;
      }),
    ),
  );
  running.servers.sort((x, y) => x.id.localeCompare(y.id));
  running.balancer = await startLoadBalancer({
    port: balancerPort,
    host: balancerHost,
    backends: running.servers.map(({ id, port }) => ({ id, host: '127.0.0.1', port })),
  });
  const lines = [
    `Parley cluster is running: open ${running.balancer.url}/`,
    `  load balancer  ${running.balancer.url} (one session's connections go to one server; a server that is down is skipped)`,
    ...running.servers.map(({ id, url, process: p }) => `  server ${id.padEnd(7)} ${url} (pid ${p.pid})`),
    `  PostgreSQL     ${postgres.url}`,
    `  Redis          ${redis.url}`,
    `  everything in  ${tempDir}`,
    'Try a failover: kill -9 the pid of the server your session is on. Ctrl+C stops everything.',
  ];
  for (const line of lines) say(line);
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await running.balancer?.close();
  // Servers first, while their stores are still there to take what they hold; then the stores.
  await Promise.all(running.servers.map(({ process: p }) => p.stop('SIGTERM')));
  await Promise.all([running.redis?.stop('SIGTERM'), running.postgres?.stop('SIGINT')]);
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  say(`stopped${tempDir ? `; removed ${tempDir}` : ''}`);
  process.exit(exitCode);
}

let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupts += 1;
    // A second Ctrl+C while stopping: no more waiting.
    if (interrupts > 1) {
      for (const child of [...running.servers.map((s) => s.process), running.redis, running.postgres]) {
        child?.signal('SIGKILL');
      }
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
      process.exit(1);
    }
    void stop(0);
  });
}

start().catch((error) => {
  console.error(`The cluster could not start: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
