import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startBenchServer } from './load/benchServers.ts';

const clientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** JS the landing page loads at first paint (its entry script and module preloads) against all the client's JS. */
function bundleSizes(): string[] {
  const html = fs.readFileSync(path.join(clientDist, 'index.html'), 'utf8');
  const firstPaint = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const all = fs.readdirSync(path.join(clientDist, 'assets')).filter((f) => f.endsWith('.js'));
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipSize(path.join(clientDist, f)), 0);
  const first = sum(firstPaint);
  const total = sum(all.map((f) => `assets/${f}`));
  return [
    'Client JavaScript (gzip -9)',
    '| what | KiB |',
    '|---|---:|',
    `| first paint (landing page: ${firstPaint.length} file(s)) | ${(first / 1024).toFixed(1)} |`,
    `| everything, incl. the room, console and compare view loaded on demand (${all.length} files) | ${(total / 1024).toFixed(1)} |`,
  ];
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Keystroke latency in Chromium with a 200-clause draft open: from the keydown event to the
 * frame after the editor's DOM changed. Next to the same typing in a bare contenteditable on the
 * same page (what the browser itself costs).
 */
async function typingLatency(): Promise<string[]> {
  const server = await startBenchServer('parley', { PARLEY_CLIENT_DIR: clientDist });
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const session = await post<{
      id: string;
      parties: { id: string }[];
      invites: { mediator: { token: string }; parties: Record<string, { url: string }> };
    }>(`${server.httpUrl}/api/sessions`, { title: 'Typing latency', parties: [{ name: 'A' }, { name: 'B' }] });
    const mediator = await post<{ token: string }>(`${server.httpUrl}/api/sessions/${session.id}/join`, {
      invite: session.invites.mediator.token,
      name: 'Chair',
    });
    for (let i = 0; i < 200; i++) {
      await post(
        `${server.httpUrl}/api/sessions/${session.id}/commands`,
        {
          type: 'clause.add',
          kind: 'operative',
          heading: `Article ${i}`,
          text: `The Parties shall cooperate on matter ${i} in good faith.`,
        },
        mediator.token,
      );
    }
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const inviteUrl = (session.invites.parties[session.parties[0]?.id ?? '']?.url ?? '').replace(
      /^http:\/\/[^/]+/,
      server.httpUrl,
    );
    await page.goto(inviteUrl);
    await page.getByLabel(/name/i).first().fill('Typist');
    await page.getByRole('button', { name: /join/i }).click();
    await page.getByTestId('clause').nth(199).locator('.ProseMirror').waitFor({ timeout: 30_000 });
    const measure = async (selector: string) => {
      await page.evaluate((sel) => {
        const target = document.querySelector(sel) as HTMLElement;
        const state = window as unknown as { latencies: number[]; pending: number | null };
        state.latencies = [];
        state.pending = null;
        target.addEventListener(
          'keydown',
          (event) => {
            state.pending = event.timeStamp;
          },
          true,
        );
        new MutationObserver(() => {
          const started = state.pending;
          if (started === null) return;
          state.pending = null;
          requestAnimationFrame(() => state.latencies.push(performance.now() - started));
        }).observe(target, { subtree: true, childList: true, characterData: true });
      }, selector);
      await page.locator(selector).click();
      await page.keyboard.press('End');
      for (let i = 0; i < 60; i++) await page.keyboard.type('x', { delay: 30 });
      await page.waitForTimeout(300);
      const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort(
        (a, b) => a - b,
      );
      return {
        p50: latencies[Math.floor(latencies.length * 0.5)] ?? Number.NaN,
        p95: latencies[Math.floor(latencies.length * 0.95)] ?? Number.NaN,
        n: latencies.length,
      };
    };
    await page.evaluate(() => {
      document
        .querySelectorAll('[data-testid="clause"]')[100]
        ?.querySelector('.ProseMirror')
        ?.setAttribute('id', 'clause-101');
    });
    const clause = await measure('#clause-101');
    await page.evaluate(() => {
      const bare = document.createElement('div');
      bare.id = 'bare-editable';
      bare.contentEditable = 'true';
      bare.textContent = 'plain';
      document.body.prepend(bare);
    });
    const bare = await measure('#bare-editable');
    const middle = clause;
    return [
      'Typing in Chromium with a 200-clause draft open (keydown to the next frame after the DOM changed, 60 keystrokes)',
      '| editor | p50 ms | p95 ms | keystrokes measured |',
      '|---|---:|---:|---:|',
      `| Parley, clause 101 of 200 (TipTap + Yjs, live sync) | ${middle.p50.toFixed(1)} | ${middle.p95.toFixed(1)} | ${middle.n} |`,
      `| bare contenteditable on the same page | ${bare.p50.toFixed(1)} | ${bare.p95.toFixed(1)} | ${bare.n} |`,
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function runClientBench(): Promise<string[]> {
  if (!fs.existsSync(path.join(clientDist, 'index.html')))
    return ['Client: no build in client/dist (run `pnpm build` first)'];
  return [...bundleSizes(), '', ...(await typingLatency())];
}
