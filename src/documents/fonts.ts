import { createRequire } from "node:module";

/**
 * The Vazirmatn TTF files (Persian and Latin in one family), found through node's resolution so the same lookup works
 * from the sources and from the built dist/app bundle, which leaves npm packages in node_modules.
 */
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve("vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf"),
  bold: require.resolve("vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf"),
} as const;

export type FontWeight = keyof typeof FONT_FILES;
