import { describe, expect, it } from 'vitest';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('the interface in the six UN languages', () => {
  it('starts in English, switches the landing page to Arabic (right to left, remembered) and to Chinese, which the join page and the room keep', async () => {
    const server = await startServerWithClient();
    const { page } = await browser.person();
    await page.goto(server.url);

    // The test browser asks for en-US: the page starts in English, so the other tests' English names hold.
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const html = () =>
      page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    expect(await html()).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByRole('heading', { name: 'Open a new session' }).waitFor();

    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { name: 'فتح جلسة جديدة' }).waitFor();
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
    // Mirrored: the product's name starts the header's line on the right, the switcher ends it on the left.
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const switcher = await page.getByTestId('language-switcher').boundingBox();
    expect(title && switcher && title.x > switcher.x).toBe(true);
    await page.getByLabel('العنوان').fill('محادثات بشأن حوض المياه الشمالي');
    await page.getByLabel(/^الطرف [1١]$/).fill('روريتانيا');
    await page.getByLabel(/^الطرف [2٢]$/).fill('بوردوريا');
    await page.getByRole('button', { name: 'إنشاء الجلسة' }).click();
    // Digits as the browser's Intl writes Arabic numbers (Latin or Arabic-Indic, by its data).
    // Five invites (the mediator's, two delegations', the observers', the language services'): Arabic's "few" form.
    await expect.poll(() => page.locator('.invite-count').textContent()).toMatch(/^[5٥] دعوات$/);
    await saveScreenshot(page, 'landing-ar');

    // Remembered in this browser: a new page load stays in Arabic.
    await page.reload();
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });

    await page.getByLabel('اللغة').selectOption('zh');
    await page.getByRole('heading', { name: '开启新会议' }).waitFor();
    expect(await html()).toEqual({ lang: 'zh', dir: 'ltr' });
    await page.getByLabel('标题').fill('关于北部流域的会谈');
    await page.getByLabel('第 1 方', { exact: true }).fill('鲁里塔尼亚');
    await page.getByLabel('第 2 方', { exact: true }).fill('博尔杜里亚');
    await page.getByRole('button', { name: '创建会议' }).click();
    await expect.poll(() => page.locator('.invite-count').textContent()).toBe('5 份邀请');
    await page.getByRole('heading', { name: '会议“关于北部流域的会谈”已开启' }).waitFor();
    await saveScreenshot(page, 'landing-zh');

    // The choice follows the reader: the join page, then the room's top bar, in Chinese.
    await page.getByRole('link', { name: '以调解人身份进入' }).click();
    await page.getByRole('heading', { name: '加入会议' }).waitFor();
    expect(await page.title()).toBe('加入会议 · Parley');
    await page.getByLabel('您的姓名').fill('调解人');
    await page.getByRole('button', { name: '加入', exact: true }).click();
    await expect.poll(() => page.getByTestId('connection-status').textContent()).toBe('在线');
    expect(await page.getByTestId('you-role').textContent()).toBe('调解人');
    // On a laptop screen the mediator's console starts open.
    await page.getByRole('button', { name: '隐藏控制台' }).waitFor();
    await page.getByRole('navigation', { name: '会议', exact: true }).waitFor();
    expect(await html()).toEqual({ lang: 'zh', dir: 'ltr' });
    await page.getByRole('button', { name: '添加执行条款' }).click();
    await page.getByTestId('rich-text').first().click();
    await page.getByRole('toolbar', { name: '条款 1的格式' }).waitFor();
    await saveScreenshot(page, 'room-zh');

    // The room has its own language menu: in Arabic the draft reads right to left, its tools too.
    await page.getByLabel('语言').selectOption('ar');
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('button', { name: 'مشروع الاتفاق' }).waitFor();
    const draft = page.locator('.workspace__main');
    expect(await draft.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await page.getByTestId('rich-text').first().click();
    await page.getByRole('toolbar', { name: /^تنسيق البند [1١]$/ }).waitFor();
    expect(await page.getByTestId('bracket-button').textContent()).toBe('[ أقواس معقوفة ]');
    expect(await page.getByTestId('clause-status').textContent()).not.toMatch(/[A-Za-z]/);
    expect(await page.getByTestId('clause-history-button').textContent()).toBe('السجل');
    await saveScreenshot(page, 'room-ar');
  });
});
