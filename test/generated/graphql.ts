/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the gateway reaches a backend. */
export type BackendMode =
  /** No token and SIMULATORS=off: its fields fail with BACKEND_NOT_CONFIGURED. */
  | 'DISABLED'
  /** A token is configured; requests go to the configured URL. */
  | 'LIVE'
  /** No token: the built-in simulator serves it (the embedded default). */
  | 'SIMULATED';

/** The three upstream services behind the graph. */
export type BackendName =
  /** Leeloo CRM, REST. */
  | 'LEELOO'
  /** Just AI / Tovie Reporter API (chatbot analytics), REST. */
  | 'REPORTER'
  /** UIS / CoMagic Data API (telephony), JSON-RPC 2.0. */
  | 'UIS';

export type BackendsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackendsQuery = { backends: Array<{ name: BackendName, mode: BackendMode, url: string }> };


export const BackendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<BackendsQuery, BackendsQueryVariables>;