import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes queries and mutations with graphql-jit (`@envelop/graphql-jit`): the operation is
 * compiled once per document and then runs without graphql-js's per-field interpretation, about a
 * third less CPU per operation on the benchmark's scenarios (bench/RESULTS.md, issue 12).
 *
 * graphql-jit is not a drop-in replacement everywhere, so this plugin keeps graphql-js semantics
 * where the two differ:
 * - Variables are coerced by graphql-js first. graphql-jit's own coercion words its errors
 *   differently (no path into an input object such as `filter.messageTime.from`) and knows nothing
 *   of `@oneOf`; a request whose variables graphql-js refuses gets graphql-js's errors, as without
 *   the JIT.
 * - graphql-jit generates the coercion code for a variable's input type by unrolling it, which never
 *   ends for a recursive input type (graphql-jit issue #81: the UIS filter tree holds groups of
 *   conditions and groups). Documents with such a variable run on the standard executor.
 * - Subscriptions stay on the standard executor (their event streams are not worth compiling).
 */
export interface CompiledExecutionOptions {
  /** Hears, per execution, which executor ran it (tests; a metric could count it). */
  observe?: (executor: 'compiled' | 'standard') => void;
}

export function useCompiledExecution(opts: CompiledExecutionOptions = {}): Plugin {
  const eligible = new WeakMap<DocumentNode, boolean>();
  const recursive = new WeakMap<GraphQLInputObjectType, boolean>();

  const isRecursive = (root: GraphQLInputObjectType): boolean => {
    let known = recursive.get(root);
    if (known !== undefined) return known;
    // Depth-first over the input objects reachable from `root`: recursive when `root` is reached again.
    const seen = new Set<GraphQLInputObjectType>();
    const reaches = (type: GraphQLInputObjectType): boolean =>
      Object.values(type.getFields()).some((field) => {
        const named = getNamedType(field.type);
        if (!isInputObjectType(named)) return false;
        if (named === root) return true;
        if (seen.has(named)) return false;
        seen.add(named);
        return reaches(named);
      });
    known = reaches(root);
    recursive.set(root, known);
    return known;
  };

  const canCompile = (schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): boolean => {
    let ok = eligible.get(document);
    if (ok !== undefined) return ok;
    const operation = getOperationAST(document, operationName);
    ok =
      !!operation &&
      operation.operation !== 'subscription' &&
      (operation.variableDefinitions ?? []).every((definition) => {
        const named = getNamedType(typeFromAST(schema, definition.type as never));
        return !(named && isInputObjectType(named) && isRecursive(named));
      });
    eligible.set(document, ok);
    return ok;
  };

  const jit = useGraphQlJit() as Plugin;

  return {
    onExecute(payload) {
      const { args, setResultAndStopExecution } = payload;
      if (!canCompile(args.schema, args.document, args.operationName)) {
        opts.observe?.('standard');
        return;
      }
      const operation = getOperationAST(args.document, args.operationName);
      const definitions = operation?.variableDefinitions ?? [];
      if (definitions.length) {
        const coerced = getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 50 });
        if (coerced.errors) {
          setResultAndStopExecution({ errors: coerced.errors });
          return;
        }
      }
      opts.observe?.('compiled');
      return (jit.onExecute as (p: typeof payload) => void)(payload);
    },
  };
}
