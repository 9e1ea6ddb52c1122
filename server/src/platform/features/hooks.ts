// A change one feature makes that other features follow (a service ticket's status, a lead's
// stage), without the owner knowing who follows it and without the followers copying its logic.
import type { Executor } from '../../db/database';

/** Work a listener leaves for after the commit (a message sent through a gateway); it never undoes the change. */
export type AfterCommit = () => Promise<void>;

export type HookListener<E> = (trx: Executor, event: E) => Promise<AfterCommit | void>;

/**
 * The owner emits the change inside its transaction; each listener writes what it keeps through
 * that same transaction (so that it stands or falls with the change) and may return work for after
 * the commit, which the owner runs with `runAfterCommit`. Listeners are plain functions registered
 * once per process (registering the same function again changes nothing); they read and write only
 * through the transaction they are given, so one registration serves every app in the process.
 */
export interface TransactionHook<E> {
  listen(listener: HookListener<E>): void;
  emit(trx: Executor, event: E): Promise<AfterCommit[]>;
}

export function transactionHook<E>(): TransactionHook<E> {
  const listeners = new Set<HookListener<E>>();
  return {
    listen(listener) {
      listeners.add(listener);
    },
    async emit(trx, event) {
      const after: AfterCommit[] = [];
      for (const listener of listeners) {
        const task = await listener(trx, event);
        if (task) after.push(task);
      }
      return after;
    },
  };
}

/** Runs the listeners' work once the change is committed; a failure is logged, never thrown (the change stands). */
export async function runAfterCommit(tasks: readonly AfterCommit[]): Promise<void> {
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      console.warn(`[hooks] work after the commit failed: ${(error as Error).message}`);
    }
  }
}
