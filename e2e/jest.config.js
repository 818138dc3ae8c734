// Browser journeys: `npm run test:e2e` starts the local cloud with `npm start` (H5 + function builds)
// and drives Debian's chromium with playwright-core.
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  maxWorkers: 1,
  testTimeout: 60_000,
};
