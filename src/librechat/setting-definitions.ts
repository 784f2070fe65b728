/**
 * LibreChat's third `customParams` refusal at startup: the loader (`parseCustomParams`) fills each
 * `paramDefinitions` item from the endpoint's default setting of that key, forces
 * `optionType: 'custom'`, and passes the list to librechat-data-provider's
 * `validateSettingDefinitions`, which throws on the first bad list ("Custom parameter definitions
 * for "<name>" endpoint is malformed"); the server does not start. This is a reading of that
 * function, written from its source; test/librechat/setting-definitions.test.ts holds it against
 * the real published function of every package that has it.
 */

/** Checks not every version of the function makes (probed from each package into its facts). */
export type SettingCheck =
  /** Every option of an `enum` with `enumMappings` needs a mapping (0.8.5's package on). */
  | 'enum-mappings'
  /** `range.positiveMin` must not exceed `max`, and a default must be `min` or at least it (0.8.8). */
  | 'positive-min'
  /** A missing default is refused for number, boolean, string and enum settings (0.7.7's package). */
  | 'default-required';

export type SettingProblem =
  | 'columns'
  | 'missing-field'
  | 'type'
  | 'tags-type'
  | 'min-tags'
  | 'max-tags'
  | 'tags-default-array'
  | 'tags-default-max'
  | 'tags-default-min'
  | 'textarea-number'
  | 'min-text-over-max'
  | 'min-text-negative'
  | 'max-text-negative'
  | 'slider-range'
  | 'slider-options'
  | 'switch-options'
  | 'dropdown-options'
  | 'combobox-options'
  | 'default-number'
  | 'default-boolean'
  | 'default-string'
  | 'default-option'
  | 'default-range'
  | 'positive-min-over-max'
  | 'default-positive-min'
  | 'enum-mapping';

export interface SettingDefinitionProblem {
  /** Index in `paramDefinitions`. */
  index: number;
  key: string;
  problem: SettingProblem;
  /** The field at fault (`default`, `options`, `range` ...). */
  field: string;
  /** The option without a mapping (`enum-mapping`), or the missing field. */
  detail?: string;
}

type Setting = Record<string, unknown>;
type Report = (problem: SettingProblem, field: string, detail?: string) => void;

const SETTING_TYPES = ['number', 'boolean', 'string', 'enum', 'array'];
const REQUIRED_FIELDS = ['key', 'type', 'component'];
const MIN_OPTIONS = 2;

/** The loader's merge: the default setting of the key, the admin's fields over it, `optionType: 'custom'`. */
export function fillDefinition(defaults: Setting | undefined, definition: Setting): Setting {
  return { ...defaults, ...definition, optionType: 'custom' };
}

/** Every problem `validateSettingDefinitions` throws for (any one makes LibreChat refuse to start). */
export function checkSettingDefinitions(definitions: readonly Setting[], checks: readonly SettingCheck[]): SettingDefinitionProblem[] {
  const problems: SettingDefinitionProblem[] = [];
  // The function fills defaults in place before it judges them; judge copies.
  const settings = definitions.map((definition) => ({ ...definition }));
  settings.forEach((setting, index) => {
    const columns = setting.columns as number | undefined;
    if (columns !== undefined && (columns < 1 || columns > 4)) problems.push({ index, key: String(setting.key), problem: 'columns', field: 'columns' });
  });
  settings.forEach((setting, index) => {
    const report: Report = (problem, field, detail) => problems.push({ index, key: String(setting.key), problem, field, ...(detail === undefined ? {} : { detail }) });
    checkShape(setting, report);
    checkComponent(setting, checks, report);
    checkDefault(setting, checks, report);
  });
  return problems;
}

function checkShape(setting: Setting, report: Report): void {
  for (const field of REQUIRED_FIELDS) if (setting[field] === undefined) report('missing-field', field, field);
  if (!SETTING_TYPES.includes(setting.type as string)) report('type', 'type');
  if ((setting.component === 'tags') !== (setting.type === 'array')) report('tags-type', 'type');
}

function checkComponent(setting: Setting, checks: readonly SettingCheck[], report: Report): void {
  const { component, type } = setting;
  if (component === 'tags') checkTags(setting, report);
  const text = component === 'input' || component === 'textarea';
  if (text && type === 'number' && component === 'textarea') report('textarea-number', 'type');
  if (text && setting.minText !== undefined && setting.maxText !== undefined && num(setting.minText) > num(setting.maxText)) report('min-text-over-max', 'minText');
  if (component === 'slider') {
    if (type === 'number' && !setting.range) report('slider-range', 'range');
    if (type === 'enum' && countOf(setting.options) < MIN_OPTIONS) report('slider-options', 'options');
    if (type === 'number' && setting.default === undefined && setting.range) setting.default = sliderMidpoint(setting.range as Setting, checks);
  }
  if (component === 'checkbox' || component === 'switch') {
    if (setting.options && countOf(setting.options) > 2) report('switch-options', 'options');
    if (!setting.default && type === 'boolean') setting.default = false;
  }
  if (component === 'dropdown' || component === 'combobox') {
    if (countOf(setting.options) < MIN_OPTIONS) report(component === 'dropdown' ? 'dropdown-options' : 'combobox-options', 'options');
    if (!setting.default && countOf(setting.options) > 0) setting.default = (setting.options as unknown[])[0];
  }
  if (text && setting.minText !== undefined && num(setting.minText) < 0) report('min-text-negative', 'minText');
  if (text && setting.maxText !== undefined && num(setting.maxText) < 0) report('max-text-negative', 'maxText');
}

function checkTags(setting: Setting, report: Report): void {
  const { default: value, minTags, maxTags } = setting;
  if (minTags !== undefined && num(minTags) < 0) report('min-tags', 'minTags');
  if (maxTags !== undefined && num(maxTags) < 0) report('max-tags', 'maxTags');
  if (value && !Array.isArray(value)) report('tags-default-array', 'default');
  // `.length` of whatever the default is, as the function reads it (a string has one too).
  if (value && maxTags && num((value as { length?: unknown }).length) > num(maxTags)) report('tags-default-max', 'default');
  if (value && minTags && num((value as { length?: unknown }).length) < num(minTags)) report('tags-default-min', 'default');
  if (!value) setting.default = [];
}

/** The default a number slider gets: the middle of what it admits (above a positive floor on 0.8.8). */
function sliderMidpoint(range: Setting, checks: readonly SettingCheck[]): number {
  const min = num(range.min);
  const floor = checks.includes('positive-min') ? Math.max(min, range.positiveMin == null ? min : num(range.positiveMin)) : min;
  return Math.round((floor + num(range.max)) / 2);
}

function checkDefault(setting: Setting, checks: readonly SettingCheck[], report: Report): void {
  const { type, default: value, options } = setting;
  const range = setting.range as Setting | undefined;
  const judged = value != null || checks.includes('default-required');
  if (type === 'number' && Number.isNaN(Number(value)) && judged) report('default-number', 'default');
  if (type === 'boolean' && typeof value !== 'boolean' && judged) report('default-boolean', 'default');
  if ((type === 'string' || type === 'enum') && typeof value !== 'string' && judged) report('default-string', 'default');
  if (type === 'enum' && Array.isArray(options) && !options.includes(value)) report('default-option', 'default');
  if (type === 'number' && range && typeof value === 'number' && (value < num(range.min) || value > num(range.max))) report('default-range', 'default');
  if (checks.includes('positive-min') && type === 'number' && range?.positiveMin != null) {
    if (num(range.positiveMin) > num(range.max)) report('positive-min-over-max', 'range');
    if (typeof value === 'number' && value !== range.min && value < num(range.positiveMin)) report('default-positive-min', 'default');
  }
  const mappings = setting.enumMappings;
  if (checks.includes('enum-mappings') && mappings && type === 'enum' && Array.isArray(options)) {
    for (const option of options) if (!(String(option) in (mappings as object))) report('enum-mapping', 'enumMappings', String(option));
  }
}

/** A number as the function compares it (YAML gives numbers where the schema asks for them). */
function num(value: unknown): number {
  return value as number;
}

function countOf(list: unknown): number {
  return Array.isArray(list) ? list.length : 0;
}
