/** Jest projects mirror the tree: node tests over the local runtime, jsdom for components. */
const nodeTransform = {
  '^.+\\.[cm]?[tj]sx?$': [
    'babel-jest',
    {
      configFile: false,
      babelrc: false,
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        '@babel/preset-typescript',
      ],
    },
  ],
}

const nodeProject = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  transform: nodeTransform,
  ...extra,
})

module.exports = {
  // One generous per-test limit: CI shares two cores, and a runtime seeded with the demo data can
  // take several seconds to start there. Speed is judged by `npm run bench`, never by a timeout.
  testTimeout: 30000,
  projects: [
    nodeProject('domain'),
    nodeProject('local'),
    nodeProject('routes'),
    // WeChat's own rules: its compilers and schemas over the weapp build, cloud configs, API limits.
    nodeProject('platform'),
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/stubs/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/stubs/components.tsx',
        '\\.(css|scss)$': '<rootDir>/test/stubs/style.ts',
      },
      setupFilesAfterEnv: ['@testing-library/jest-dom'],
    },
    // The compiled weapp build runs as is (no transform); tests set their own timeouts.
    nodeProject('simulate', {
      testEnvironment: 'jsdom',
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
    }),
    nodeProject('e2e', { setupFilesAfterEnv: ['<rootDir>/test/helpers/e2e-timeout.ts'] }),
  ],
}
