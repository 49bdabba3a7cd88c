// Kept free of zod: the first screen (Today) reads these, and zod loads only with later screens.

/** How many rows `getToday` returns per group; the rest come from `getAgendaPage`. */
export const TODAY_FIRST_ROWS = 25
/** The most rows one `getAgendaPage` call returns. */
export const AGENDA_PAGE_MAX = 200
