import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zeroDraftDocx } from '@parley/server/import/testkit';
import { healthAnswerSchema, importPreviewSchema } from '@parley/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSession, join, postJson } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * `pnpm start` as production runs it (issue 17): the server built by esbuild into server/dist/main.js
 * and started with plain node, no TypeScript compiler in the process. The other tests run the
 * source through tsx; this one checks the build itself: it starts, finds the built client from its
 * own location, serves /healthz, a session and its sync endpoint, and loads the parts it loads on
 * first use (DOCX export and import, prom-client's default metrics) from the one file.
 */
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const serverDir = path.join(repo, 'server');
const readJson = (file: string): { scripts: Record<string, string> } =>
  JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8')) as { scripts: Record<string, string> };

function startBuilt(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const { PARLEY_CLIENT_DIR: _unset, ...env } = process.env;
  // PARLEY_CLIENT_DIR unset: the server serves ../../client/dist from its own file, as `pnpm start` does.
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverDir,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the built server did not start: ${output}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the built server exited (${code}): ${output}`));
    });
  });
}

describe('pnpm start: the built server', () => {
  it('runs compiled JavaScript with plain node: health, a session, sync, DOCX export and import', async () => {
    // What `pnpm start` runs: the root builds client and server, the server package starts the build.
    expect(readJson('package.json').scripts.start).toBe('pnpm build && pnpm --filter @parley/server start');
    expect(readJson('package.json').scripts.build).toContain('pnpm --filter @parley/server build');
    expect(readJson('server/package.json').scripts.start).toBe('node dist/main.js');

    const built = spawnSync(process.execPath, ['build.mjs'], { cwd: serverDir, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const bundle = fs.readFileSync(path.join(serverDir, 'dist/main.js'), 'utf8');
    // @parley/shared is inlined (it is TypeScript); no compiler is required at run time.
    for (const name of ['@parley/shared', 'tsx', 'esbuild', 'typescript']) {
      expect(bundle).not.toContain(`require("${name}`);
    }

    const { child, url } = await startBuilt(tempDir());
    const pid = child.pid ?? 0;
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(commandLine).toEqual([process.execPath, 'dist/main.js']);
    const nodeOptions = /(?:^|\0)NODE_OPTIONS=([^\0]*)/.exec(fs.readFileSync(`/proc/${pid}/environ`, 'utf8'))?.[1];
    expect(nodeOptions ?? '').not.toMatch(/tsx|esbuild|--import|--loader|--require/);
    // tsx would run esbuild as a child process and map its own files; neither is there.
    expect(fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()).toBe('');
    expect(fs.readFileSync(`/proc/${pid}/maps`, 'utf8')).not.toMatch(/tsx|esbuild/);

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(healthAnswerSchema.parse(await health.json()).status).toBe('ok');
    // The built client (the test command builds it first), found from dist/main.js's own location.
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(fs.readFileSync(path.join(repo, 'client/dist/index.html'), 'utf8'));

    const session = await createSession(url);
    const mediator = await join(url, session, 'mediator', 'The Envoy');
    const client = await RawClient.connect(`${url.replace(/^http/, 'ws')}/sync`, session.id, mediator.token);
    await client.sync();
    expect(client.doc.share.size).toBeGreaterThan(0);
    client.close();

    // Loaded at first use, not at start: the Word library for export, mammoth for import.
    const as = { authorization: `Bearer ${mediator.token}` };
    const docx = await fetch(`${url}/api/sessions/${session.id}/export?format=docx`, { headers: as });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const preview = await postJson(
      `${url}/api/sessions/${session.id}/import/preview`,
      { format: 'docx', data: (await zeroDraftDocx()).toString('base64') },
      as,
    );
    expect(preview.status).toBe(200);
    expect(importPreviewSchema.parse(preview.body).clauses.length).toBeGreaterThan(0);

    // prom-client's parts are required from their own files, the default metrics at the first scrape.
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    const exposition = await metrics.text();
    expect(exposition).toMatch(/^parley_updates_total [1-9]/m);
    expect(exposition).toMatch(/^process_resident_memory_bytes [1-9]/m);
    expect(exposition).toMatch(/^nodejs_eventloop_lag_seconds /m);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
