import type { AddEndpointWords } from '../add-endpoint/words.js';
import type { CheckModelsWords } from '../check-models/words.js';
import type { ClearCacheWords } from '../clear-models-cache/words.js';
import type { DoctorWords } from '../doctor/words.js';
import type { ErrorWords } from '../errors/words.js';
import type { HelpWords } from '../help/words.js';
import type { MockProviderWords } from '../mock-provider/words.js';
import type { ProbeWords } from '../probe/words.js';
import type { ProvidersWords } from '../providers/words.js';
import type { ValidateWords } from '../validate/words.js';

/**
 * Everything lc-doctor says, per command. Each language folder (`src/report/locales/<tag>/`)
 * exports one `catalog` of this type; each section's type sits next to the formatters that use it
 * (`src/report/<command>/words.ts`), so a new message is one entry in that type and one per language.
 */
export interface Catalog {
  addEndpoint: AddEndpointWords;
  checkModels: CheckModelsWords;
  clearCache: ClearCacheWords;
  doctor: DoctorWords;
  errors: ErrorWords;
  /** `--help` translations; English help is declared with the options in `src/cli/`, so English has none. */
  help: HelpWords | undefined;
  mockProvider: MockProviderWords;
  probe: ProbeWords;
  providers: ProvidersWords;
  validate: ValidateWords;
}
