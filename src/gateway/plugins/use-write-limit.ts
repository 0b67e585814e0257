import { GraphQLError, Kind, getOperationAST, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';
import { countWrites } from './write-count.js';

/**
 * MAX_WRITES_PER_REQUEST: a mutation document whose fields could send more upstream writes than
 * this is refused before any of them runs (one document with 30 aliased `tagCalls` once made
 * 5,800 UIS writes). Counted across aliases, fragments and list arguments (countWrites).
 */
export function useWriteLimit(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation !== 'mutation') return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of args.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      const writes = countWrites(args.schema, operation, fragments, args.variableValues);
      if (writes <= max) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`This document could send ${writes} upstream writes; at most ${max} are allowed per request (MAX_WRITES_PER_REQUEST). Nothing was sent: split it.`, {
            extensions: { code: ErrorCode.TOO_MANY_WRITES, writes, max },
          }),
        ],
      });
    },
  };
}
