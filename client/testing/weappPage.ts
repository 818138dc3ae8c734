/**
 * Page tests on the real weapp build (dist/): miniprogram-simulate renders a page with WeChat's template
 * compiler, inside the app of the build, on a stubbed `wx`:
 * - wx.cloud.callFunction answers from `answers`, per action: data, a function of the call, or `fails(…)`;
 *   every call is kept in `calls`;
 * - wx APIs that lead elsewhere or touch the device (navigateTo, chooseImage, cloud.uploadFile,
 *   requestSubscribeMessage…) are kept in `wxCalls`; `device` sets what the device gives (and what the
 *   user answers in the subscribe popup);
 * - taps and input are delivered through the component tree, bubbling, as WeChat delivers them, so the
 *   page's own handlers run as on a phone.
 *
 * For page tests only: no page imports it, so it is never part of the mini-program.
 * Needs `npm run build:weapp` first.
 *
 *   beforeAll(startApp);
 *   beforeEach(reset);
 *   afterEach(closePages);
 *
 *   answers['complaint.get'] = complaint;
 *   const page = openPage('complaint/detail/index', { id: 'c-1' });
 *   await page.shows('处理进度');
 *   await page.tap('满意', cls('nut-button'));
 */
import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ships no ES module
const exparser = require('miniprogram-exparser');

/** The weapp build the pages are rendered from. */
export const dist = path.resolve(__dirname, '../..', process.env.WEAPP_DIST ?? 'dist');

// ---------------------------------------------------------------------------------------------------------
// Cloud calls

/** One wx.cloud.callFunction call, as the page sent it. */
export interface CloudCall {
  /** The cloud function (always `api`). */
  name: string;
  action: string;
  data?: Record<string, unknown>;
  requestId?: string;
}

export interface CallFailure {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** An error answer: the call ends with `{ ok: false, error }`. */
export class Failure {
  constructor(readonly error: CallFailure) {}
}

export const fails = (code: string, message: string, details?: Record<string, unknown>) =>
  new Failure({ code, message, ...(details ? { details } : {}) });

/** What an action answers when `answers` has nothing for it. */
export const notFound = () => fails('NOT_FOUND', '未找到相关记录');

/** A function answer: computes the answer (data, or a `Failure`) from the call; may be async. */
export type AnswerFn = (data: Record<string, unknown>, call: CloudCall) => unknown;

/** The answer to an action: its data (`{ ok: true, data }`), a `Failure`, or a function that computes either. */
export type Answer = AnswerFn | Failure | unknown;

/** Answers per action, e.g. `answers['complaint.get'] = complaint`. Emptied by `reset`. */
export const answers: Record<string, Answer> = {};

/** Every cloud call the pages made, oldest first. Emptied by `reset`. */
export const calls: CloudCall[] = [];

/** The calls of one action, oldest first. */
export const callsTo = (action: string) => calls.filter((c) => c.action === action);

/** The latest call of one action. */
export const lastCall = (action: string): CloudCall | undefined => callsTo(action).at(-1);

async function envelope(call: CloudCall) {
  if (!(call.action in answers)) return { ok: false, error: notFound().error };
  const answer = answers[call.action];
  const value = typeof answer === 'function' ? await (answer as AnswerFn)(call.data ?? {}, call) : answer;
  return value instanceof Failure ? { ok: false, error: value.error } : { ok: true, data: value };
}

// ---------------------------------------------------------------------------------------------------------
// wx: navigation and the device

/** One call of a wx API other than the cloud function, e.g. `{ api: 'navigateTo', arg: { url } }`. */
export interface WxCall {
  api: string;
  arg: Record<string, unknown>;
}

/** The wx APIs the pages called that lead elsewhere or touch the device. Emptied by `reset`. */
export const wxCalls: WxCall[] = [];

/** The urls the pages went to with one navigation API (`navigateTo`, `redirectTo`, `switchTab`…). */
export const navigated = (api: string) => wxCalls.filter((c) => c.api === api).map((c) => c.arg.url as string);

export interface ChosenFile {
  path: string;
  size: number;
}

/** What the user answers in the subscribe popup for every template asked, or `fail` when the popup fails. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter' | 'fail';

/**
 * What the device gives: the photos chooseImage picks, whether uploads fail, and the answer in the
 * subscribe popup. Set back by `reset`.
 */
export const device: { chosen: ChosenFile[]; uploadFails: boolean; subscribe: SubscribeAnswer } = {
  chosen: [],
  uploadFails: false,
  subscribe: 'accept',
};

type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };

function answerWx(api: string, arg: Record<string, unknown>, res: Record<string, unknown>) {
  wxCalls.push({ api, arg });
  const result = { ...res, errMsg: `${api}:ok` };
  (arg as Callbacks).success?.(result);
  (arg as Callbacks).complete?.(result);
}

/** The subscribe popup: recorded when asked; the user answers a moment later, as on a phone. */
function requestSubscribeMessage(arg: Record<string, unknown> = {}) {
  wxCalls.push({ api: 'requestSubscribeMessage', arg });
  const answer = device.subscribe;
  setTimeout(() => {
    const callbacks = arg as Callbacks;
    if (answer === 'fail') {
      const res = { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 20001 };
      callbacks.fail?.(res);
      callbacks.complete?.(res);
      return;
    }
    const ids = (arg.tmplIds as string[] | undefined) ?? [];
    const res = { ...Object.fromEntries(ids.map((id) => [id, answer])), errMsg: 'requestSubscribeMessage:ok' };
    callbacks.success?.(res);
    callbacks.complete?.(res);
  }, 5);
}

/** A wx API that is recorded and succeeds. */
const recorded =
  (api: string) =>
  (arg: Record<string, unknown> = {}) =>
    answerWx(api, arg, {});

/** Enough of `wx` for Taro's runtime: named stubs, and a no-op for anything else it asks for. */
function wxStub() {
  const storage = new Map<string, unknown>();
  const known: Record<string, unknown> = {
    cloud: {
      init: () => undefined,
      callFunction: async (req: {
        name: string;
        data: { action: string; data?: Record<string, unknown>; requestId?: string };
      }) => {
        const call: CloudCall = { name: req.name, ...req.data };
        calls.push(call);
        return { result: await envelope(call) };
      },
      uploadFile: async (req: { cloudPath: string; filePath: string }) => {
        wxCalls.push({ api: 'cloud.uploadFile', arg: req });
        if (device.uploadFails) throw { errMsg: 'cloud.uploadFile:fail network' };
        return {
          fileID: `cloud://cloud1.636c-cloud1-1300000000/${req.cloudPath}`,
          statusCode: 200,
          errMsg: 'cloud.uploadFile:ok',
        };
      },
    },
    chooseImage: (arg: Record<string, unknown> = {}) =>
      answerWx('chooseImage', arg, {
        tempFilePaths: device.chosen.map((f) => f.path),
        tempFiles: device.chosen.map((f) => ({ ...f })),
      }),
    requestSubscribeMessage,
    navigateTo: recorded('navigateTo'),
    redirectTo: recorded('redirectTo'),
    navigateBack: recorded('navigateBack'),
    switchTab: recorded('switchTab'),
    reLaunch: recorded('reLaunch'),
    previewImage: recorded('previewImage'),
    setNavigationBarTitle: recorded('setNavigationBarTitle'),
    setClipboardData: recorded('setClipboardData'),
    // Taro passes it through unpromisified: called without callbacks, WeChat answers with a promise.
    addPhoneCalendar: (arg: Record<string, unknown> = {}) => {
      answerWx('addPhoneCalendar', arg, {});
      return Promise.resolve({ errMsg: 'addPhoneCalendar:ok' });
    },
    getSystemInfoSync: () => ({
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      SDKVersion: '3.7.0',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, screenWidth: 375, screenHeight: 812 }),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    removeStorageSync: (key: string) => storage.delete(key),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
  };
  // webpack keeps its chunk list on wx.webpackJsonp: that one must start out undefined.
  return new Proxy(known, {
    get: (target, prop: string) =>
      prop in target || prop === 'webpackJsonp' ? target[prop] : (target[prop] = () => undefined),
  });
}

// ---------------------------------------------------------------------------------------------------------
// The app and its pages

type Instance = Record<string, unknown> & { setData: (d: object, cb?: () => void) => void };
type Hook = (this: Instance, ...args: unknown[]) => unknown;

/** The pages on screen, for getCurrentPages(). */
const stack: Instance[] = [];
let app: Record<string, unknown> = {};
let started = false;
/** The route and query of the page being opened: its attached lifetime reads them. */
let opening: { route: string; query: Record<string, string> } = { route: 'pages/index/index', query: {} };

function installMiniProgramGlobals() {
  const g = global as unknown as Record<string, unknown>;
  g.wx = wxStub();
  g.App = (options: Record<string, unknown>) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => stack;
  // miniprogram-simulate only knows Component: run a Page as one, with its lifetimes as page events.
  g.Page = (options: Record<string, unknown>) => {
    const { data, onLoad, onShow, onReady, onUnload, ...rest } = options as Record<string, Hook> & { data?: object };
    const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'));
    (g.Component as (o: object) => void)({
      data,
      methods: { ...methods, onLoad, onShow, onReady, onUnload },
      lifetimes: {
        attached(this: Instance) {
          const { route, query } = opening;
          this.route = route;
          this.__route__ = route;
          stack.push(this);
          onLoad?.call(this, { ...query });
          onShow?.call(this);
        },
        ready(this: Instance) {
          onReady?.call(this);
        },
        detached(this: Instance) {
          onUnload?.call(this);
          const at = stack.indexOf(this);
          if (at >= 0) stack.splice(at, 1);
        },
      },
    });
  };
}

/** Loads the app of the build (dist/app.js) and launches it; once per test file, e.g. `beforeAll(startApp)`. */
export function startApp() {
  if (started) return;
  if (!fs.existsSync(path.join(dist, 'app.js')))
    throw new Error('dist/ has no weapp build: run `npm run build:weapp` before this test.');
  installMiniProgramGlobals();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built app is CommonJS, loaded at run time
  require(path.join(dist, 'app.js'));
  const launch = { path: 'pages/index/index', query: {} };
  (app.onLaunch as Hook | undefined)?.call(app as Instance, launch);
  (app.onShow as Hook | undefined)?.call(app as Instance, launch);
  started = true;
}

const open = new Set<RenderedPage>();

/** Takes every page still on screen off it, e.g. `afterEach(closePages)`. */
export function closePages() {
  for (const page of [...open]) page.close();
}

/** Forgets the calls and the answers, and sets the device back; e.g. `beforeEach(reset)`. */
export function reset() {
  calls.length = 0;
  wxCalls.length = 0;
  for (const action of Object.keys(answers)) delete answers[action];
  device.chosen = [];
  device.uploadFails = false;
  device.subscribe = 'accept';
}

// ---------------------------------------------------------------------------------------------------------
// Rendered pages

/** Lets React render and Taro pass the update to the view. */
export const settle = (ms = 30) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves true once `check` holds, false when it still does not after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/**
 * A selector for a class as rendered: miniprogram-simulate prefixes the classes of a page's template with
 * `page--` and those of Taro's shared templates with `comp--`.
 */
export const cls = (name: string) => `.page--${name}, .comp--${name}`;

/**
 * Delivers a WeChat event (`tap`, `input`…) at a rendered element: through the component tree, bubbling,
 * so every `bind…` handler on the way runs in order (Taro's event handler relies on that).
 */
export function fire(el: Element, type: string, detail: Record<string, unknown> = {}) {
  const node = (el as Element & { __wxElement?: unknown }).__wxElement;
  if (!node) throw new Error(`<${el.tagName.toLowerCase()}> is not a rendered mini-program node`);
  exparser.Event.dispatchEvent(
    node,
    exparser.Event.create(type, detail, {
      originalEvent: new CustomEvent(type),
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    }),
  );
}

/** The innermost of `elements`: those with none of the others inside. */
const innermost = (elements: Element[]) =>
  elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));

/**
 * The element showing `text` among those matching `selector`: the innermost one showing exactly `text`
 * when there is one, else the innermost one whose text contains it; the first in the page's order.
 */
function findIn(root: Element, text: string, selector = '*'): Element | null {
  const candidates = Array.from(root.querySelectorAll(selector)).filter((el) => (el.textContent ?? '').includes(text));
  const exact = candidates.filter((el) => (el.textContent ?? '').trim() === text);
  return innermost(exact)[0] ?? innermost(candidates)[0] ?? null;
}

export interface RenderedPage {
  /** The text the page shows. */
  text(): string;
  /** Waits until the page shows `text`; false when it never does. */
  shows(text: string, timeoutMs?: number): Promise<boolean>;
  /** The rendered element (jsdom) showing `text`, among those matching `selector` (see `cls`); null if none. */
  find(text: string, selector?: string): Element | null;
  /** Taps the element showing `text` (as `find`); resolves once the page has updated. */
  tap(text: string, selector?: string): Promise<void>;
  /**
   * Types `value` into the `nth` element with the class `className` (an input or textarea: built-in elements
   * keep no placeholder in the simulated DOM); resolves once the page has updated.
   */
  input(className: string, value: string, nth?: number): Promise<void>;
  /** The page's root element (jsdom). */
  dom(): Element;
  /** Takes the page off the screen (its onUnload runs); again does nothing. */
  close(): void;
}

/** Route → the component id miniprogram-simulate gave the page: a page's code runs once, as webpack keeps its modules. */
const loaded = new Map<string, string>();

/** Renders the page at `route` (e.g. `complaint/detail/index`), opened with `query` as WeChat passes it to onLoad. */
export function openPage(route: string, query: Record<string, string> = {}): RenderedPage {
  if (!started) throw new Error('call startApp() (e.g. in beforeAll) before opening a page');
  if (!fs.existsSync(path.join(dist, `${route}.wxml`)))
    throw new Error(`dist/ has no page ${route}: run \`npm run build:weapp\` before this test.`);
  opening = { route, query };
  let id = loaded.get(route);
  if (!id) {
    id = simulate.load(path.join(dist, route), 'page', { rootPath: dist }) as string;
    loaded.set(route, id);
  }
  const component = simulate.render(id);
  component.attach(document.createElement('parent-wrapper'));
  const dom = () => component.dom as unknown as Element;
  const text = () => dom().textContent ?? '';
  let closed = false;

  const page: RenderedPage = {
    text,
    shows: (t, timeoutMs) => waitFor(() => text().includes(t), timeoutMs),
    find: (t, selector) => findIn(dom(), t, selector),
    async tap(t, selector) {
      const el = findIn(dom(), t, selector);
      if (!el) throw new Error(`nothing shows “${t}”${selector ? ` among ${selector}` : ''}`);
      fire(el, 'tap');
      await settle();
    },
    async input(className, value, nth = 0) {
      const el = dom().querySelectorAll(cls(className))[nth];
      if (!el) throw new Error(`no field .${className} #${nth}`);
      fire(el, 'input', { value, cursor: value.length });
      await settle();
    },
    dom,
    close() {
      if (closed) return;
      closed = true;
      open.delete(page);
      component.detach();
    },
  };
  open.add(page);
  return page;
}
