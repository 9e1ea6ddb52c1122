// A change one feature makes that other features follow (a service ticket's status, a lead's
// stage), without the owner knowing who follows it and without the followers copying its logic.
import type { Executor } from '../../db/database';
import type { Deps } from '../deps';
import type { RequestContext } from '../permissions/actor';

/**
 * The request the change is made in and the app's services: a listener that has work to leave for
 * later (a message to send) queues it as a job inside the transaction (enqueueWithin), never after it.
 */
export interface HookScope {
  ctx: RequestContext;
  deps: Deps;
}

export type HookListener<E> = (trx: Executor, event: E, scope: HookScope) => Promise<void>;

/**
 * The owner emits the change inside its transaction; each listener writes what it keeps through
 * that same transaction, the jobs it queues included, so that everything stands or falls with the
 * change: a rolled-back change leaves nothing, a committed one loses nothing if the process stops
 * right after. Listeners are plain functions registered once per process (registering the same
 * function again changes nothing); they read and write only through the transaction and the scope
 * they are given, so one registration serves every app in the process.
 */
export interface TransactionHook<E> {
  /** Adds a listener; the function returned removes it. */
  listen(listener: HookListener<E>): () => void;
  emit(trx: Executor, event: E, scope: HookScope): Promise<void>;
}

export function transactionHook<E>(): TransactionHook<E> {
  const listeners = new Set<HookListener<E>>();
  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async emit(trx, event, scope) {
      for (const listener of listeners) await listener(trx, event, scope);
    },
  };
}
