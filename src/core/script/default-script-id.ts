// Without zod, so a screen that only links to the built-in script keeps the validation library
// out of the renderer's first chunk.
/** The built-in follow-up call (resources/scripts/default-call.json). */
export const DEFAULT_SCRIPT_ID = 'default-call'
