// One warm instance of the built function, in its own worker thread (its own process.env), running
// one invocation at a time as WeChat's runtime does. The caller context is set per invocation in
// the WX_* variables that wx-server-sdk's getWXContext() reads. The function bundle and the SDK
// are loaded unchanged; only Date is frozen when the developer freezes the clock.
'use strict';
const { parentPort, workerData } = require('worker_threads');
const FakeTimers = require('@sinonjs/fake-timers');

Object.assign(process.env, workerData.env);

let frozen = null;
function setClock(now) {
  if (frozen) frozen.uninstall();
  frozen = now == null ? null : FakeTimers.withGlobal(globalThis).install({ now, toFake: ['Date'] });
}
setClock(workerData.now);

const fn = require(workerData.bundle);
let contextKeys = [];

function setContext(context) {
  for (const key of contextKeys) delete process.env[key];
  contextKeys = Object.keys(context.wx);
  for (const key of contextKeys) process.env[key] = context.wx[key];
  process.env.WX_CONTEXT_KEYS = contextKeys.join(',');
  process.env.TCB_SOURCE = context.source;
}

parentPort.on('message', async (msg) => {
  if (msg.type === 'clock') {
    setClock(msg.now);
    parentPort.postMessage({ type: 'clock', id: msg.id });
    return;
  }
  setContext(msg.context);
  try {
    const result = await fn.main(msg.event, { function_name: 'api', request_id: msg.requestId });
    parentPort.postMessage({ type: 'result', id: msg.id, ok: true, result });
  } catch (e) {
    parentPort.postMessage({ type: 'result', id: msg.id, ok: false, error: e && e.stack ? e.stack : String(e) });
  }
});
