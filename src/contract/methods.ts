/**
 * Every AppApi method by name. Kept free of zod so the sandboxed preload stays tiny; api.ts
 * checks at compile time that this list and the interface agree.
 */
export const methodNames = [
  'listInterviews',
  'getInterview',
  'createInterview',
  'updateInterview',
  'deleteInterview',
  'restoreInterview',
  'getSettings',
  'updateSettings',
  'listNotices',
  'dismissNotice',
  // planner
  'getFollowUps',
  'logAttempt',
  'deleteAttempt',
  'getToday',
  'snoozeAction',
  'dismissAction',
  'restoreAction',
] as const

export type MethodName = (typeof methodNames)[number]

/** The Electron IPC channel for a method. */
export const channelFor = (method: MethodName) => `app:${method}` as const
