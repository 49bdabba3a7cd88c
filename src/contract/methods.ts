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
  'getAgendaPage',
  'snoozeAction',
  'dismissAction',
  'restoreAction',
  // scripts
  'listScripts',
  'getScript',
  'saveScript',
  'createScript',
  'duplicateScript',
  'deleteScript',
  'resetDefaultScript',
  'getPracticeCounts',
  'recordPractice',
  'clearPractice',
  // takes
  'listTakes',
  'saveTake',
  'appendTakeAudio',
  'getTakeAudio',
  'renameTake',
  'starTake',
  'deleteTake',
  'restoreTake',
  'deleteTakes',
  'restoreTakes',
  'takesUsage',
  'revealTake',
  'exportTake',
  'requestMicrophoneAccess',
  // your data: export, import, backups
  'getDataOverview',
  'exportData',
  'exportCsv',
  'importData',
  'backUpNow',
  'restoreBackup',
  // messages
  'getComposer',
  'saveMessageDraft',
  'discardMessageDraft',
  'listMessageDrafts',
  'markMessageSent',
  'listMessageTemplates',
  'saveMessageTemplate',
  'resetMessageTemplate',
  'openMail',
  // insights and the example interview
  'getInsights',
  'addExampleInterview',
  'removeExampleInterview',
  // reminders and calendar
  'ackReminder',
  'exportCalendar',
] as const

export type MethodName = (typeof methodNames)[number]

/** The Electron IPC channel for a method. */
export const channelFor = (method: MethodName) => `app:${method}` as const
