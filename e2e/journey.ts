// What every browser journey does: open pages of the H5 build, sign in as a demo user, call the
// function as a user, wait for Taro's page transitions, take screenshots. Bound to the journey's page
// and cloud once they exist (beforeAll).
import type { Page } from 'playwright-core';
import { onScreen } from './browser';

export interface Journey {
  go(hash: string): Promise<unknown>;
  /** A fresh load of the app at a page: Taro H5 may keep an earlier instance of the same page route. */
  reopen(hash: string): Promise<unknown>;
  /** Signs in as a demo user and waits for 首页 (`ready`: what 首页 shows once loaded). */
  signIn(openid: string, ready?: string): Promise<void>;
  /** A function call as a user (or anonymously) over the local cloud's HTTP entry. */
  api<T = never>(openid: string | null, action: string, data: unknown): Promise<{ ok: boolean; data: T }>;
  /** Freezes the local cloud's clock at an instant (null frees it). */
  clock(iso: string | null): Promise<void>;
  /** Waits until Taro's page transition is over: a tap during the slide can land on the page leaving. */
  still(): Promise<unknown>;
  /** At a page once Taro has slid it in (see below): only then do taps land where they aim. */
  arrive(route: string): Promise<void>;
  /** Taps the `n`th day of the page's date strip and waits until it is the chosen one. */
  pickDate(n: number): Promise<void>;
  /** The 我的 tab, once it has loaded what it shows (it re-renders when the caller's roles arrive). */
  openMe(): Promise<void>;
  /** A screenshot for looking at the page, into E2E_SHOTS when it is set. */
  shot(name: string): Promise<void>;
}

export function journey(page: () => Page, url: () => string): Journey {
  let loads = 0;
  const still = () =>
    page().waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => !((a.effect as KeyframeEffect | null)?.target as Element | null)?.classList.contains('taro_page'),
        ),
    );
  /*
   * At a page: its route in the address, and on screen only that page (Taro's page element has the route
   * as its id), stationed (Taro's class once the slide is over), no page leaving beside it, no page
   * animation running. The address changes before a subpackage's page exists and before its slide starts,
   * so waitForURL and still() alone can pass while the page that was there is still on top; a forced tap
   * then lands on the coordinates of a chip that is still moving.
   */
  const arrive = async (route: string) => {
    await page().waitForURL((u) => u.hash.startsWith(`#${route}`));
    await page().waitForFunction((r) => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter((p) => {
        const box = p.getBoundingClientRect();
        return box.width > 0 && box.left < window.innerWidth && box.right > 0;
      });
      const top = shown[shown.length - 1];
      return (
        shown.length === 1 &&
        top.id.startsWith(r) &&
        (top.classList.contains('taro_page_stationed') || top.classList.contains('taro_tabbar_page'))
      );
    }, route);
    await still();
  };
  const reopen = (hash: string) => page().goto(`${url()}/?load=${++loads}#${hash}`);
  return {
    go: (hash) => page().goto(`${url()}/#${hash}`),
    reopen,
    async signIn(openid, ready = '可预约项目') {
      await reopen('/dev/signin/index');
      await still();
      await onScreen(page()).locator(`[data-testid="signin-${openid}"]`).click({ force: true });
      await onScreen(page()).getByText(ready).first().waitFor();
    },
    async api(openid, action, data) {
      const res = await fetch(`${url()}/api/call/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
        body: JSON.stringify({ action, data, requestId: `e2e-${Math.random().toString(36).slice(2, 12)}` }),
      });
      return ((await res.json()) as { result: { ok: boolean; data: never } }).result;
    },
    async clock(iso) {
      await fetch(`${url()}/__dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: iso }),
      });
    },
    still,
    arrive,
    async pickDate(n) {
      const day = onScreen(page()).locator('[data-testid^="date-"]').nth(n);
      const id = await day.getAttribute('data-testid');
      await day.click({ force: true });
      await onScreen(page()).locator(`[data-testid="${id}"].date-strip__item--active`).waitFor();
    },
    async openMe() {
      await still();
      const atMe = (u: URL) => u.hash.startsWith('#/pages/me/index');
      // A tap on the tab while 首页 re-renders (the caller's roles arriving) can be lost: tap again, at most
      // three times, until the address says 我的.
      for (let tap = 0; tap < 3 && !atMe(new URL(page().url())); tap++) {
        await onScreen(page()).getByText('我的', { exact: true }).click({ force: true });
        await page()
          .waitForURL(atMe, { timeout: 10_000 })
          .catch(() => undefined);
      }
      await page().waitForURL(atMe);
      await page().waitForLoadState('networkidle');
      await still();
    },
    async shot(name) {
      if (process.env.E2E_SHOTS) await page().screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png` });
    },
  };
}
