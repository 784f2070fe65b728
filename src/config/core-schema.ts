import jsYaml from 'js-yaml';
import { Schema, isScalar } from 'yaml';

/** The part of a `yaml` tag this file reads: how a plain scalar is recognised and turned into a value. */
interface ScalarTag {
  tag: string;
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
}

/**
 * A js-yaml schema that resolves plain scalars exactly as the `yaml` library's YAML 1.2 core schema
 * does (the one the Document path uses), built from that library's own tags: its tests and its
 * resolvers, in its order. So `1_000` stays a string and `-.5` is a number on both paths.
 * js-yaml keeps one implicit type per tag name, so the variants of one tag (decimal, octal and hex
 * ints) share a type that tries them in `yaml`'s order; different tags never match the same text.
 */
function buildCoreSchema(): jsYaml.Schema {
  const scalarTags = (new Schema({ schema: 'core' }).tags as unknown as ScalarTag[]).filter((tag) => tag.default === true && tag.test);
  const tagNames = [...new Set(scalarTags.map((tag) => tag.tag))];
  const types = tagNames.map((name) => {
    const variants = scalarTags.filter((tag) => tag.tag === name);
    const match = (source: string) => variants.find((tag) => tag.test!.test(source));
    return new jsYaml.Type(name, {
      kind: 'scalar',
      resolve: (source: unknown) => typeof source === 'string' && match(source) !== undefined,
      construct: (source: string) => {
        const resolved = match(source)!.resolve(source, () => undefined, { intAsBigInt: false });
        return isScalar(resolved) ? resolved.value : resolved;
      },
    });
  });
  return jsYaml.FAILSAFE_SCHEMA.extend({ implicit: types });
}

let coreSchema: jsYaml.Schema | undefined;

/** Built on first use: only a load that takes the fast path needs it. */
export function yamlCoreSchema(): jsYaml.Schema {
  coreSchema ??= buildCoreSchema();
  return coreSchema;
}
