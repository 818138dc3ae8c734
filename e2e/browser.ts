import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone-sized page that fails the test on any page error. */
export async function phonePage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** Taro H5 wraps NutUI buttons in taro-button-core, which takes the pointer events. */
export const button = (page: Page, text: string | RegExp) =>
  onScreen(page).locator('taro-button-core', { hasText: text }).first();

/** The native input inside Taro's input element, by its placeholder. */
export const field = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`);

/** The page on top: Taro H5 keeps earlier pages of the stack in the DOM, hidden. */
export const onScreen = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();
