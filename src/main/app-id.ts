/**
 * The app's id: electron-builder's `appId` (checked by scripts/check-package.mjs) and, on Windows,
 * the AppUserModelID that notifications are shown under. Without it Windows shows none.
 */
export const APP_ID = 'app.followthrough.desktop'
