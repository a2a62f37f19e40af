/**
 * The one place that names the generated OpenAPI schemas the SPA uses.
 * `schema.d.ts` is generated (`npm run api:types`) from the merged OpenAPI document; never edit it by hand.
 * If the real document names a schema differently, adapt the alias here and nowhere else.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type UnitView = Schemas['UnitView'];
export type NewUnit = Schemas['NewUnit'];
export type UnitUpdate = Schemas['UnitUpdate'];
export type UnitNode = Schemas['UnitNode'];
export type PageUnitView = Schemas['PageUnitView'];
export type Task = Schemas['Task'];
export type PageTask = Schemas['PageTask'];
export type CurrentUserView = Schemas['CurrentUserView'];
export type Problem = Schemas['Problem'];

export type UnitKind = NonNullable<UnitView['kind']>;
export type TaskKind = NonNullable<Task['kind']>;
export type ProblemFieldError = NonNullable<Problem['errors']>[number];
