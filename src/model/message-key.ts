/**
 * The type of a message key. Checks, the loader and the model name their messages by key and never
 * translate; the keys themselves are the catalogs' (src/i18n), which fill `MessageKeys` in by module
 * augmentation. So a misspelt key fails the type check while no module below i18n imports it.
 */
export interface MessageKeys {}

export type MessageKey = keyof MessageKeys & string;
