import type { ErrorObject } from 'ajv';
import { absoluteSchemaPath, type HoistedFunction } from './load-validator.js';

/**
 * ajv reports every branch of a failed `anyOf`/`oneOf`. A person wants the one branch the value
 * was meant to be: this keeps, for each union, the branch that best fits the value's shape, or a
 * single "must be X or Y" error when the value fits none of them.
 */

/** A union whose every branch rejected the value's type; `types`/`values` are what it accepts. */
export interface UnionMismatch {
  keyword: 'union';
  instancePath: string;
  schemaPath: string;
  params: { types: string[]; values: unknown[] };
}

export type SchemaError = ErrorObject | UnionMismatch;

const SHAPE_KEYWORDS = new Set(['type', 'const', 'enum']);

/** How many of the value's keys at `instancePath` the union branch at `branchSchemaPath` declares. */
export type BranchOverlap = (branchSchemaPath: string, instancePath: string) => number;

/**
 * `functions` (from the loaded validator) turn function-relative schema paths into absolute ones;
 * `overlap` ranks union branches by how much of the value they describe.
 */
export function condenseErrors(errors: readonly ErrorObject[], functions: readonly HoistedFunction[] = [], overlap: BranchOverlap = () => 0): SchemaError[] {
  let list: SchemaError[] = errors
    .filter((error) => error.keyword !== 'if')
    .map((error) => ({ ...error, schemaPath: absoluteSchemaPath(functions, error.instancePath, error.schemaPath) }));
  const unions = list
    .filter((error) => error.keyword === 'anyOf' || (error.keyword === 'oneOf' && error.params.passingSchemas == null))
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    const at = list.indexOf(union);
    if (at < 0) continue;
    const prefix = `${union.schemaPath}/`;
    const under = `${union.instancePath}/`;
    const inside = list.filter(
      (error) => error.schemaPath.startsWith(prefix) && (error.instancePath === union.instancePath || error.instancePath.startsWith(under)),
    );
    const replacement = chooseBranch(union, groupByBranch(inside, prefix), overlap);
    const removed = new Set<SchemaError>([union, ...inside]);
    const before = list.slice(0, at).filter((error) => !removed.has(error));
    const after = list.slice(at + 1).filter((error) => !removed.has(error));
    list = [...before, ...replacement, ...after];
  }
  return dedupe(list);
}

interface Branch {
  index: number;
  errors: SchemaError[];
}

function groupByBranch(errors: SchemaError[], prefix: string): Branch[] {
  const branches = new Map<number, SchemaError[]>();
  for (const error of errors) {
    const index = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
    branches.set(index, [...(branches.get(index) ?? []), error]);
  }
  return [...branches].map(([index, list]) => ({ index, errors: list }));
}

function chooseBranch(union: SchemaError, branches: Branch[], overlap: BranchOverlap): SchemaError[] {
  const fitting = branches.filter((b) => !b.errors.some((e) => e.instancePath === union.instancePath && SHAPE_KEYWORDS.has(e.keyword)));
  if (fitting.length === 0) return branches.length === 0 ? [union] : [describeMismatch(union, branches.flatMap((b) => b.errors))];
  const scored = fitting.map((branch) => ({
    branch,
    overlap: overlap(`${union.schemaPath}/${branch.index}`, union.instancePath),
    ...scoreBranch(union.instancePath, branch.errors),
  }));
  scored.sort(
    (a, b) =>
      a.missedDiscriminator - b.missedDiscriminator ||
      b.overlap - a.overlap ||
      b.depth - a.depth ||
      a.branch.errors.length - b.branch.errors.length ||
      b.branch.index - a.branch.index,
  );
  return scored[0]!.branch.errors;
}

/** A `const` miss one level down (`type: sse` against the stdio branch) says "wrong branch". */
function scoreBranch(unionPath: string, branch: SchemaError[]): { missedDiscriminator: number; depth: number } {
  const missedDiscriminator = branch.some((e) => e.keyword === 'const' && parentPointer(e.instancePath) === unionPath) ? 1 : 0;
  const depth = Math.max(...branch.map((e) => e.instancePath.split('/').length));
  return { missedDiscriminator, depth };
}

function describeMismatch(union: SchemaError, errors: SchemaError[]): UnionMismatch {
  const types = new Set<string>();
  const values: unknown[] = [];
  for (const error of errors) {
    if (error.instancePath !== union.instancePath) continue;
    if (error.keyword === 'type') for (const type of String(error.params.type).split(',')) types.add(type);
    if (error.keyword === 'const') values.push(error.params.allowedValue);
    if (error.keyword === 'enum') values.push(...(error.params.allowedValues as unknown[]));
  }
  return { keyword: 'union', instancePath: union.instancePath, schemaPath: union.schemaPath, params: { types: [...types], values } };
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

function dedupe(errors: SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
