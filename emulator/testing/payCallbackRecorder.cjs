// A stand-in function for tests of WeChat Pay's notifications: loaded by the local cloud in place of the
// api bundle, it records every event it gets with the caller context it ran under (collection
// `received`, in the order they came: `seq` is the process's monotonic clock, shared by the instances'
// threads and not frozen with Date), and answers what the test put in `answers/<outRefundNo or outTradeNo>`, else
// { errcode: 0 } (acknowledged).
'use strict';
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database({ throwOnNotFound: false });

exports.main = async (event) => {
  const { OPENID, SOURCE } = cloud.getWXContext();
  const key = String(event.outRefundNo || event.outTradeNo);
  const seq = Number(process.hrtime.bigint());
  await db.collection('received').add({ data: { key, seq, event, openid: OPENID || null, source: SOURCE } });
  const { data } = await db.collection('answers').doc(key).get();
  return data ? data.answer : { errcode: 0, errmsg: 'OK' };
};
