/**
 * How many accounts the first screen asks for before the whole list. src/public/prefetch.js asks
 * for the same number before the bundle loads (it cannot import this module); a unit test ties
 * the two together.
 */
export const FIRST_SCREEN_ACCOUNTS = 200
