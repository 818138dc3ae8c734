// Function tests run the built bundle, so build it once before any test file starts.
module.exports = async () => {
  const { buildCloud } = await import('./build-cloud.mjs');
  await buildCloud();
};
