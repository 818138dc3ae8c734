// Test layers (see docs/architecture.md): rules, services and function tests run in Node with ts-jest;
// page tests render the weapp build with miniprogram-simulate in jsdom.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const moduleNameMapper = { '^@shared/(.*)$': '<rootDir>/shared/$1' };

module.exports = {
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper,
      testMatch: [
        '<rootDir>/shared/**/*.test.ts',
        '<rootDir>/cloudfunctions/api/**/*.test.ts',
        '<rootDir>/emulator/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
      ],
    },
    {
      displayName: 'pages',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper,
      testMatch: ['<rootDir>/client/**/*.test.ts'],
    },
  ],
};
