import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { PersistQueue } from './PersistQueue.ts';

/** A store whose commits answer late and out of order (the first batch answers last). */
function lateStore() {
  const written: number[][] = [];
  let delay = 40;
  const store: Pick<DocumentStore, 'appendUpdates'> = {
    appendUpdates: async (entries) => {
      const seqs = entries.map((entry) => entry.update[0] ?? 0);
      written.push(seqs);
      const wait = delay;
      delay = Math.max(0, delay - 30);
      await new Promise((resolve) => setTimeout(resolve, wait));
      return seqs;
    },
  };
  return { store, written };
}

describe('PersistQueue over asynchronous storage', () => {
  it('writes each turn as one batch when taken, and answers batches in the order they were taken', async () => {
    const { store, written } = lateStore();
    const queue = new PersistQueue(store, createLogger('error'));
    const done: number[] = [];
    const change = (n: number) => ({ docName: 'd', update: Uint8Array.from([n]), done: () => done.push(n) });
    queue.enqueue(change(1));
    queue.enqueue(change(2));
    const first = queue.flush();
    queue.enqueue(change(3));
    const second = queue.flush();
    expect(written).toEqual([[1, 2], [3]]);
    await second;
    expect(done).toEqual([1, 2, 3]);
    await first;
  });

  it('answers null for every change of a batch storage refused, and sends its bindings again with the next', async () => {
    let fail = true;
    const bound: number[][] = [];
    const store: Pick<DocumentStore, 'appendUpdates'> = {
      appendUpdates: async (entries, _history, bindings = []) => {
        bound.push(bindings.map((binding) => binding.client));
        if (fail) throw new Error('disk full');
        return entries.map((_, i) => i + 1);
      },
    };
    const queue = new PersistQueue(
      store as DocumentStore,
      createLogger('error', () => {}),
    );
    const answers: (number | null)[] = [];
    queue.noteBinding({ docName: 'd', client: 7, owner: 'u1' });
    queue.enqueue({ docName: 'd', update: Uint8Array.from([1]), done: (seq) => answers.push(seq) });
    await queue.flush();
    fail = false;
    queue.enqueue({ docName: 'd', update: Uint8Array.from([2]), done: (seq) => answers.push(seq) });
    await queue.flush();
    expect(answers).toEqual([null, 1]);
    // The binding of the failed batch went again with the next one.
    expect(bound).toEqual([[7], [7]]);
  });
});
