/**
 * Compiles data/messages/<language>/ into a module of message functions at build time, with
 * messageformat's compiler: `import en from 'virtual:messages/en'` gives `{ "search.placeholder":
 * (params) => string, … }`, plurals by the language's own CLDR rules. Each language is its own
 * module, so Vite makes Latvian and Lithuanian chunks that only their readers fetch.
 */
import MessageFormat from '@messageformat/core';
// The package maps this subpath to lib/ only through a plain file, which TypeScript can't follow.
import compileModule from '@messageformat/core/lib/compile-module.js';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { MESSAGE_LANGUAGES, areaFile, messageAreas, readCatalog } from './catalog.ts';

const PREFIX = 'virtual:messages/';
/** messageformat's runtime with small whole numbers written without Intl (runtime.ts). */
const RUNTIME = fileURLToPath(new URL('./runtime.ts', import.meta.url));
const MESSAGEFORMAT_RUNTIME = /from "@messageformat\/runtime";/;
const RESOLVED = `\0${PREFIX}`;

export function messagesPlugin(): Plugin {
  return {
    name: 'baltic-atlas:messages',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const language = id.slice(RESOLVED.length);
      if (!(MESSAGE_LANGUAGES as readonly string[]).includes(language)) {
        this.error(
          `virtual:messages/${language}: no such language (${MESSAGE_LANGUAGES.join(', ')})`,
        );
      }
      for (const area of messageAreas()) this.addWatchFile(areaFile(language, area));
      const code = compileModule(new MessageFormat(language), readCatalog(language));
      if (!MESSAGEFORMAT_RUNTIME.test(code)) {
        this.error(
          `virtual:messages/${language}: the compiled module no longer imports messageformat's runtime`,
        );
      }
      return code.replace(MESSAGEFORMAT_RUNTIME, `from ${JSON.stringify(RUNTIME)};`);
    },
  };
}
