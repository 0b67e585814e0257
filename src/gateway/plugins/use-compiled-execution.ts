import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  Kind,
  visit,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type VariableDefinitionNode,
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
 *   conditions and groups). Such variables are declared as the opaque `JSON` scalar in the copy of
 *   the document graphql-jit compiles, and carry the value graphql-js coerced against their real
 *   type; without an opaque scalar the document runs on the standard executor.
 * - Subscriptions stay on the standard executor (their event streams are not worth compiling).
 */
export interface CompiledExecutionOptions {
  /**
   * A scalar whose parseValue returns its input unchanged (ours: `JSON`). Variables of a recursive
   * input type are retyped to it in the document graphql-jit compiles, and get the values graphql-js
   * coerced; without it such documents run on the standard executor.
   */
  opaqueScalar?: string;
  /** Hears, per execution, which executor ran it (tests; a metric could count it). */
  observe?: (executor: 'compiled' | 'standard') => void;
}

/** How one document executes: compiled (possibly from a retyped copy) or on the standard executor. */
type Plan = { compiled: false } | { compiled: true; document: DocumentNode; opaque: string[]; definitions: readonly VariableDefinitionNode[] };

export function useCompiledExecution(opts: CompiledExecutionOptions = {}): Plugin {
  const plans = new WeakMap<DocumentNode, Plan>();
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

  const planFor = (schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan => {
    let plan = plans.get(document);
    if (plan) return plan;
    const operation = getOperationAST(document, operationName);
    const opaque = (operation?.variableDefinitions ?? [])
      .filter((definition) => {
        const named = getNamedType(typeFromAST(schema, definition.type as never));
        return named && isInputObjectType(named) && isRecursive(named);
      })
      .map((definition) => definition.variable.name.value);
    const definitions = operation?.variableDefinitions ?? [];
    // @envelop/graphql-jit caches one compiled operation per document, whichever operation name asked
    // first; a document holding several operations therefore stays on the standard executor.
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    if (!operation || operation.operation === 'subscription' || operations !== 1) plan = { compiled: false };
    else if (!opaque.length) plan = { compiled: true, document, opaque, definitions };
    else if (opts.opaqueScalar && schema.getType(opts.opaqueScalar)) plan = { compiled: true, document: retype(document, opaque, opts.opaqueScalar), opaque, definitions };
    else plan = { compiled: false };
    plans.set(document, plan);
    return plan;
  };

  const jit = useGraphQlJit() as Plugin;

  return {
    onExecute(payload) {
      const { args, setResultAndStopExecution } = payload;
      const plan = planFor(args.schema, args.document, args.operationName);
      if (!plan.compiled) {
        opts.observe?.('standard');
        return;
      }
      const { definitions } = plan;
      let coerced: Record<string, unknown> = {};
      if (definitions.length) {
        const result = getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 50 });
        if (result.errors) {
          setResultAndStopExecution({ errors: result.errors });
          return;
        }
        coerced = result.coerced;
      }
      opts.observe?.('compiled');
      if (plan.document === args.document) return (jit.onExecute as (p: typeof payload) => void)(payload);
      // The retyped copy is what graphql-jit compiles (and caches); its opaque variables carry the
      // values graphql-js coerced against the real types above.
      const opaqueValues = Object.fromEntries(plan.opaque.filter((name) => name in coerced).map((name) => [name, coerced[name]]));
      return (jit.onExecute as (p: typeof payload) => void)({
        ...payload,
        setExecuteFn: (executeFn) =>
          payload.setExecuteFn((execArgs) => executeFn({ ...execArgs, document: plan.document, variableValues: { ...execArgs.variableValues, ...opaqueValues } })),
      });
    },
  };
}

/** A copy of `document` whose variables named in `names` are declared as the nullable `scalar`. */
function retype(document: DocumentNode, names: string[], scalar: string): DocumentNode {
  return visit(document, {
    VariableDefinition: (node) =>
      names.includes(node.variable.name.value)
        ? { ...node, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: scalar } }, defaultValue: undefined }
        : undefined,
  });
}
