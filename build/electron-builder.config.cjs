// electron-builder configuration for the Clearance desk (`npm run dist`).
// Windows (NSIS installer and a portable exe) and Linux (AppImage, and .deb for UOS and
// Kylin). No publish target and no updater: the desk runs air-gapped and new versions
// arrive as files reviewed like anything else.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.gov.clearance.desk',
  productName: '清 Clearance 保密审查台',
  executableName: 'clearance',
  copyright: 'Clearance',
  directories: { output: 'release', buildResources: 'build' },

  // Only the bundles, the built UI and the SQL migrations (db/migrations.ts reads them
  // next to its own location, see scripts/build-electron.mjs). electron-builder adds
  // package.json and the production node_modules on its own; listed for clarity.
  files: [
    'dist/electron/**',
    'dist/renderer/**',
    'db/migrations/*.sql',
    'package.json',
    'node_modules/**/*',
    '!**/*.map',
  ],
  asar: true,
  // Native addons cannot be loaded from inside an archive.
  // Native addons and worker-thread entry points are loaded from real files.
  asarUnpack: ['**/*.node', 'dist/electron/*.mjs'],
  // better-sqlite3 is built for Node on the build machines; rebuild it for Electron's
  // ABI here, and only here.
  npmRebuild: true,
  buildDependenciesFromSource: false,
  publish: null,

  // Fuses are flipped in the binary itself, so they hold even if someone edits the
  // app's files or its environment.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed binary into a general Node runtime.
    runAsNode: false,
    // Chromium's cookie store encrypted with the OS key store.
    enableCookieEncryption: true,
    // NODE_OPTIONS could preload arbitrary code into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect would let any local process debug the main process and read the database.
    enableNodeCliInspectArguments: false,
    // app.asar is checked against the hash embedded at packaging.
    enableEmbeddedAsarIntegrityValidation: true,
    // Ignore a loose app/ folder placed beside resources/app.asar.
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // The UI is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },

  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: 'Clearance-Setup-${version}-${arch}.${ext}',
  },
  portable: { artifactName: 'Clearance-Portable-${version}-${arch}.${ext}' },
  linux: {
    // UOS and Kylin run on x64 and on arm64 (Phytium, Kunpeng) machines.
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    maintainer: 'Clearance maintainers',
    synopsis: '上网信息发布保密审查 / confidentiality review before publication',
    artifactName: 'Clearance-${version}-${arch}.${ext}',
  },
};
