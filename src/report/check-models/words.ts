import type { CheckArgs, CheckCode } from '../../models/checks.js';
import type { NearMissKind } from '../../models/near-miss.js';
import type { LocatedCheck, ProbeSkip } from '../../models/report.js';
import type { EndpointKind, EndpointStatus, FetchDetails, FixNote, StepArgs, StepCode } from '../../models/types.js';
import type { ModelStepArgs, ModelStepCode, WhyReport } from '../../models/why.js';

/**
 * What a language must say for check-models (stylish, markdown and the demo): each check and
 * decision step by its code, where a model came from, and the report's labels.
 */
export interface CheckModelsWords {
  /** Each report line by its code (the probe's lines are worded by `probe` below). */
  checks: { [C in Exclude<CheckCode, 'probe'>]: (args: CheckArgs[C], check: LocatedCheck) => string };
  /** Each step of LibreChat's decision path, and of `--why`'s judgement of one model. */
  steps: { [C in StepCode]: (args: StepArgs[C]) => string } & { [C in Exclude<ModelStepCode, 'model-not-listed'>]: (args: ModelStepArgs[C]) => string };
  /** `--why` for an id in no list, in the case `describeStep` finds: its right spelling shows, the provider lacks it too, or where to add it. */
  notListed: {
    shownAs(model: string, suggestion: string): string;
    notAtProvider(model: string): string;
    addIt(model: string, didYouMean: string, advice: string): string;
  };
  /** Where a new id goes on one endpoint, and what that edit means (`describeListAdvice` picks which). */
  listAdvice: { fetched: string; modelsDefault(fetchable: boolean): string; replaces(list: string, count: number): string; add(list: string): string };
  /** A probe line: a user_provided key, another reason it was skipped, or the verdict with its timings. */
  probe: {
    userProvided(field: string): string;
    skipped(reason: string): string;
    probed(p: { verdict: string; reasoning?: string; firstReasoningMs?: number; totalMs: number }): string;
  };
  /** Where a model id came from (`--verbose`, `--why`); variables and YAML pointers are said as they are. */
  origin: { 'default-list': (list: string) => string; fetched: (url: string) => string };
  /** `; the provider has 'X' (differs only in case)`: the near-miss of an id, and how it differs. */
  didYouMean(suggestion: string, how: string): string;
  nearMiss: Record<NearMissKind, string>;
  /** A model-list request that answered with an HTTP error. */
  httpFailure(status: number, message: string | undefined): string;
  /** Why a model-list request failed, when lc-doctor says it itself (the probe's words cover an answer that is no list). */
  fetchDetails: { [C in keyof FetchDetails]: (params: FetchDetails[C]) => string };
  /** Why `--probe` did not run. */
  probeSkipped: Record<ProbeSkip, string>;
  /** `2 models`, `1 endpoint`: a count with its noun. */
  plural(n: number, word: 'model' | 'endpoint' | 'entry' | 'id' | 'configured model' | 'model id'): string;
  noFiles: string;
  status: { ok: string; warn: string; fail: string };
  fixWhere: { env: string; yaml: string; command: string };
  fixLabel: string;
  /** A fix line's trailing YAML comment, by its note code. */
  fixNotes: Record<FixNote, string>;
  /** `fix in .env: ` before a fix: the label and where it goes (each may come coloured). */
  fixLead(label: string, where: string): string;
  /** Ends with its colon (`hint:`, `提示：`). */
  hintLabel: string;
  /** A place or a kind after a line's text: ` (librechat.yaml:4:7)`, with its leading space if the language wants one. */
  aside(text: string): string;
  /** The subject of a line that names no endpoint, by the first word of its code (`config`, `cache`). */
  topics: Record<string, string>;
  /** `--verbose`: what an endpoint is and where it ended up. */
  endpointKind: Record<EndpointKind, string>;
  endpointStatus: Record<EndpointStatus, string>;
  /** A title and what follows it on one line (`why X: not shown`). */
  titled(title: string, text: string): string;
  /** One near-miss of `--why`: the id, its endpoint and how it differs. */
  nearMissItem(id: string, endpoint: string, kind: NearMissKind): string;
  whyTitle(model: string): string;
  whyVerdict: Record<WhyReport['verdict'], string>;
  whyEndpoint(endpoint: string): string;
  nearMisses(list: string): string;
  /** One list an unknown id could go into (`--why`), before its edit: the endpoint, then its list advice. */
  whyPlace(endpoint: string, advice: string): string;
  summary(s: { endpoints: number; models: number }): string;
  counts(s: { ok: number; warn: number; fail: number }): { ok: string; warn: string; fail: string };
  allShow: string;
  someDoNot: string;
  markdownColumns: string;
  /** `check-models --fix`. */
  fix: {
    none: string;
    /** `ids`: model ids corrected; `replays`: endpoints whose reasoning replay was turned off. */
    headline(f: { dryRun: boolean; ids: number; replays: number; files: string; backups: string }): string;
    again: string;
    markdown(dryRun: boolean, list: string): string;
  };
  demo: { intro: string; configCaption: string; onYourOwn: string; stories: Record<string, string> };
}
