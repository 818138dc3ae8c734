// Bundles cloudfunctions/api/src into cloudfunctions/api/index.js, the file WeChat deploys.
// wx-server-sdk stays external: WeChat installs it from the function's package.json.
import { build } from 'esbuild';
import { fileURLToPath } from 'url';
import path from 'path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildCloud() {
  await build({
    entryPoints: [path.join(root, 'cloudfunctions/api/src/main.ts')],
    outfile: path.join(root, 'cloudfunctions/api/index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // WeChat cloud functions run Node.js 16 by default.
    target: 'node16',
    external: ['wx-server-sdk'],
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  buildCloud().then(
    () => console.log(`cloudfunctions/api/index.js built in ${Date.now() - t} ms`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
