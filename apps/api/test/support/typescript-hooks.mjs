/**
 * Lets threads the API starts under the tests (the ranking workers) load its TypeScript sources,
 * as Jest does for the tests themselves: `test:int` preloads this file in every thread.
 */
import { register } from 'node:module';

register('./typescript-loader.mjs', import.meta.url);
