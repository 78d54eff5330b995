// printSchema(buildSchema(sdl)) over a range of valid schemas.
import { SDL_SCHEMAS } from './sdl-schemas.mjs';
import { schemaRows } from './util.mjs';

export const area = 'print-schema';

export const cases = schemaRows('print', 'printSchema', SDL_SCHEMAS);
