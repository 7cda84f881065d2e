import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { startBenchServer } from './load/benchServers.ts';
import { recordLimitTarget, recordRatioTarget } from './targets.ts';

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

const CLAUSES = 500;
/** The clause typed in: one in the middle of the draft, scrolled to first. */
const TYPED_CLAUSE = 250;
const FIRST_RENDERS = 5;

/**
 * Runs `work`, with a CPU profile of the page written to `file` when one is asked for (the
 * BENCH_CLIENT_RENDER_PROFILE and BENCH_CLIENT_PROFILE variables: a reload, the typing; open the
 * file in Chromium's DevTools, Performance).
 */
async function profiled<T>(page: Page, file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
  return result;
}

/**
 * Runs `work` with a Chromium trace of the page written to `file` when one is asked for (the
 * BENCH_CLIENT_RENDER_TRACE and BENCH_CLIENT_TRACE variables: a reload, the typing). The trace has
 * what a CPU profile lacks: each keystroke's events, layout and frames on the page's main thread
 * (open it in DevTools, Performance, or chrome://tracing).
 */
async function traced<T>(page: Page, file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...value);
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  const result = await work();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  fs.writeFileSync(file, JSON.stringify({ traceEvents: events }));
  await cdp.detach();
  return result;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Installed before the room's own scripts at every navigation: at each animation frame, whether the
 * draft is rendered, i.e. the first clause's text is a live editor and the last clause's heading and
 * text are in the page. `window.firstRender` is then the time since the navigation started (performance.now()
 * of that frame): the room loaded, joined, synced the state from the server and painted the draft.
 */
// A string, not a function: tsx would wrap the inner function in a helper the page does not have.
const watchFirstRender = (clauses: number) => `(() => {
  const check = () => {
    const cards = document.querySelectorAll('[data-testid="clause"]');
    const heading = cards[${clauses - 1}]?.querySelector('[data-testid="clause-heading"]');
    const headingText = heading instanceof HTMLInputElement ? heading.value : heading?.textContent;
    const text = cards[${clauses - 1}]?.querySelector('.rich-text__content')?.textContent ?? '';
    if (cards[0]?.querySelector('.ProseMirror') && headingText === 'Article ${clauses - 1}' && text.includes('matter ${clauses - 1} ')) {
      window.firstRender = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/**
 * The client with a 500-clause draft open, in Chromium: the first render of the room when a joined
 * participant opens it again (a reload: the name is stored), and keystroke latency in a clause in the
 * middle of the draft (from the keydown event to the frame after the editor's DOM changed), next to
 * the same typing in a bare contenteditable on the same page (what the browser itself costs).
 */
async function draftCost(): Promise<string[]> {
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
    for (let i = 0; i < CLAUSES; i++) {
      await post(
        `${server.httpUrl}/api/sessions/${session.id}/commands`,
        {
          type: 'clause.add',
          kind: 'operative',
          heading: `Article ${i}`,
          text: `The Parties shall cooperate on matter ${i} in good faith, and shall inform each other of every measure taken under this Article.`,
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
    await page.waitForURL((url) => url.pathname.startsWith('/s/'));
    await page.addInitScript(watchFirstRender(CLAUSES));
    const firstRenders: number[] = [];
    for (let i = 0; i < FIRST_RENDERS; i++) {
      const last = i === FIRST_RENDERS - 1;
      const reload = async () => {
        await page.reload();
        await page.waitForFunction(
          () => (window as unknown as { firstRender?: number }).firstRender !== undefined,
          null,
          { timeout: 60_000 },
        );
      };
      await traced(page, last ? process.env.BENCH_CLIENT_RENDER_TRACE : undefined, () =>
        profiled(page, last ? process.env.BENCH_CLIENT_RENDER_PROFILE : undefined, reload),
      );
      firstRenders.push(await page.evaluate(() => (window as unknown as { firstRender: number }).firstRender));
    }
    const firstRender = median(firstRenders);

    const card = page.getByTestId('clause').nth(TYPED_CLAUSE - 1);
    await card.scrollIntoViewIfNeeded();
    await card.locator('.ProseMirror').waitFor({ timeout: 30_000 });
    await card.locator('.ProseMirror').evaluate((editor) => editor.setAttribute('id', 'typed-clause'));
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
      const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        p50: sorted[Math.floor(sorted.length * 0.5)] ?? Number.NaN,
        p95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
        n: sorted.length,
      };
    };
    const clause = await traced(page, process.env.BENCH_CLIENT_TRACE, () =>
      profiled(page, process.env.BENCH_CLIENT_PROFILE, () => measure('#typed-clause')),
    );
    await page.evaluate(() => {
      const bare = document.createElement('div');
      bare.id = 'bare-editable';
      bare.contentEditable = 'true';
      bare.textContent = 'plain';
      document.body.prepend(bare);
    });
    const bare = await measure('#bare-editable');
    const target = `client, ${CLAUSES} clauses`;
    recordRatioTarget(`${target}: typing p50`, clause.p50, bare.p50, 'ms', 1.3);
    recordRatioTarget(`${target}: typing p95`, clause.p95, bare.p95, 'ms', 1.3);
    recordLimitTarget(`${target}: first render of the room`, firstRender, 'ms', 1000);
    return [
      `The room with a ${CLAUSES}-clause draft in Chromium`,
      `First render (reload of the room by a joined participant, from navigation to the first frame with clause 1's live editor and clause ${CLAUSES}'s heading and text in the page; median of ${FIRST_RENDERS}): ${firstRender.toFixed(0)} ms (${firstRenders.map((ms) => ms.toFixed(0)).join(', ')})`,
      '',
      'Typing (keydown to the next frame after the DOM changed, 60 keystrokes)',
      '| editor | p50 ms | p95 ms | keystrokes measured |',
      '|---|---:|---:|---:|',
      `| Parley, clause ${TYPED_CLAUSE} of ${CLAUSES} (TipTap + Yjs, live sync) | ${clause.p50.toFixed(1)} | ${clause.p95.toFixed(1)} | ${clause.n} |`,
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
  return [...bundleSizes(), '', ...(await draftCost())];
}
