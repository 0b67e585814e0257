import { holdYoungGeneration } from './heap.js';

/**
 * Evaluated first (server.ts imports it before anything else, and the bundle keeps that order), so the
 * whole start-up runs with the young generation held at its initial size (heap.ts).
 */
export const releaseYoungGeneration = holdYoungGeneration();
