// `npm start`: the local cloud on HOST:PORT with the data under DATA_DIR.
import { startLocalCloud } from './localCloud';
import { DEMO_USERS } from './seed/demoUsers';

async function main(): Promise<void> {
  const seed = process.env.SEED === 'none' ? 'none' : 'demo';
  const cloud = await startLocalCloud({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8787),
    dataDir: process.env.DATA_DIR ?? undefined,
    seed,
    instances: process.env.INSTANCES ? Number(process.env.INSTANCES) : undefined,
  });
  console.log(`场馆预约 local cloud: ${cloud.url}/`);
  console.log(`  data: ${process.env.DATA_DIR ?? '.data/'}   seed: ${seed}   function: cloudfunctions/api/index.js`);
  if (seed === 'none') {
    console.log(`  set-up code (SETUP_CODE): ${cloud.setupCode}`);
    console.log('  the first person to enter it in 我的 → 初始化 becomes the admin');
  }
  console.log('  demo users (pick one on the H5 sign-in page, or send X-Wx-Openid):');
  for (const u of DEMO_USERS) console.log(`    ${u.openid.padEnd(16)} ${u.label}`);
  const stop = async () => {
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
