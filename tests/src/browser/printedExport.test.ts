import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longDraft, SYMBOL } from '../export/longDraftFixture.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { pdfPages } from '../helpers/libreOffice.ts';
import { tempDir } from '../helpers/tempDir.ts';

const browser = useBrowser();

describe('the print-ready HTML, printed by Chromium', () => {
  it('carries the marking, the symbol, the date and "Page n of N" on every page (CSS paged media), and the matrix once at the end', async () => {
    const server = await startServerWithClient();
    const f = await longDraft(server);
    const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?format=html`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    expect(response.status).toBe(200);
    const { page, errors } = await browser.person();
    await page.setContent(await response.text());
    const pdf = path.join(tempDir(), 'printed.pdf');
    fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(SYMBOL);
      expect(text, `page ${index + 1}`).toContain('1 December 2026');
      expect(text, `page ${index + 1}`).toContain('Draft');
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    // On screen the letterhead heads the page; in print the margins carry it, so it is not printed twice.
    expect((pages[0] ?? '').split(SYMBOL)).toHaveLength(2);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all.split('Sign-off by the parties')).toHaveLength(2);
    expect(all.indexOf('Sign-off by the parties')).toBeGreaterThan(all.indexOf('paragraph 12'));
    expect(all).toContain('1 Bracket held by Ruritania; reason: substance.');
    expect(errors).toEqual([]);
  }, 60_000);
});
