import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished, vi } from 'vitest';
import type { TestServer } from './startServer.ts';
import { startServer } from './startServer.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const clientDist = path.join(repoRoot, 'client/dist');
const screenshotDir = path.join(repoRoot, 'tests/artifacts/screenshots');

/** Debian's Chromium (Playwright's own downloads are not reachable here); see scripts/ensure-chromium.mjs. */
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long `expect.poll` waits in browser tests (Vitest's default is one second). */
const POLL_TIMEOUT_MS = 5_000;

/** A page of one browser context: one person at their own machine, with their own localStorage. */
export interface PersonPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console errors the page produced: a working client produces none. */
  readonly errors: string[];
}

export interface BrowserHarness {
  /** A fresh, isolated browser context with one page at a laptop's size; closed when the test ends. */
  person(): Promise<PersonPage>;
}

/**
 * Chromium for the tests of one file: launched on first use, closed after the file's last test.
 * Call it at the top level of the test file.
 */
export function useBrowser(): BrowserHarness {
  let launched: Promise<Browser> | null = null;
  let people = 0;
  // Pages answer within a second on an idle machine; on a busy two-core one, give `expect.poll` longer
  // before it calls a missing change a failure (only failing tests wait the whole time).
  beforeAll(() => vi.setConfig({ expect: { poll: { timeout: POLL_TIMEOUT_MS } } }));
  afterAll(async () => {
    vi.resetConfig();
    if (launched) await (await launched).close();
  });
  return {
    async person() {
      launched ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const browser = await launched;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      people += 1;
      const failureShot = `failed-person-${people}`;
      onTestFinished(async ({ task }) => {
        // What each person's screen showed when a test failed: the first thing to look at.
        if (task.result?.state === 'fail') {
          await saveScreenshot(page, failureShot).catch(() => undefined);
          if (errors.length > 0) console.error(`${failureShot}: ${errors.join('\n')}`);
        }
        await context.close();
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpectedSocketNoise(message.text())) {
          errors.push(`console: ${message.text()}`);
        }
      });
      return { page, context, errors };
    },
  };
}

/**
 * What Chromium itself logs about sockets in flows under test: a refused upgrade, and frames the
 * provider still sends while the server is closing the socket (after a 4403, for instance).
 */
function isExpectedSocketNoise(text: string): boolean {
  return text.includes('WebSocket connection') || text.includes('WebSocket is already in CLOSING or CLOSED state');
}

/** A real Parley server serving the built client (`pnpm --filter @parley/client build`), closed when the test ends. */
export async function startServerWithClient(): Promise<TestServer> {
  if (!fs.existsSync(path.join(clientDist, 'index.html'))) {
    throw new Error(`${clientDist} has no build: run \`pnpm --filter @parley/client build\` first`);
  }
  return startServer({ clientDir: clientDist });
}

/** The same server again after `close()` (same port, same data), as after a restart; closed when the test ends. */
export async function restartServerWithClient(previous: TestServer): Promise<TestServer> {
  return startServer({ clientDir: clientDist, port: previous.port, dataDir: previous.dataDir });
}

/** Saves a screenshot to tests/artifacts/screenshots/<name>.png (git-ignored) for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
