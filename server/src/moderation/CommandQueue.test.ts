import type { SessionId } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { CommandQueue } from './CommandQueue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('CommandQueue', () => {
  it('runs one session’s commands one at a time, in order, across their awaits', async () => {
    const queue = new CommandQueue();
    const steps: string[] = [];
    const command = (name: string) => async () => {
      steps.push(`${name} reads`);
      await tick();
      steps.push(`${name} writes`);
      return name;
    };
    const answers = await Promise.all([
      queue.run('s1' as SessionId, command('first')),
      queue.run('s1' as SessionId, command('second')),
    ]);
    expect(answers).toEqual(['first', 'second']);
    expect(steps).toEqual(['first reads', 'first writes', 'second reads', 'second writes']);
    expect(queue.busySessions).toBe(0);
  });

  it('lets other sessions run meanwhile, and a refused command does not stop the next', async () => {
    const queue = new CommandQueue();
    const steps: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = queue.run('s1' as SessionId, async () => {
      await held;
      throw new Error('refused');
    });
    const next = queue.run('s1' as SessionId, async () => steps.push('s1 next'));
    await queue.run('s2' as SessionId, async () => steps.push('s2'));
    expect(steps).toEqual(['s2']);
    release();
    await expect(slow).rejects.toThrow('refused');
    await next;
    expect(steps).toEqual(['s2', 's1 next']);
  });
});
