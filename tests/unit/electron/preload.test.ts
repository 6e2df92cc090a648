/** The preload exposes exactly the contract through contextBridge, never ipcRenderer. */
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, HOST_COMMAND_CHANNEL, UI_LANGUAGE_CHANNEL, ipcChannel } from '../../../core/api/contract.ts';

const exposed: Record<string, unknown> = {};
const invoked: Array<{ channel: string; payload: unknown }> = [];
const listeners = new Map<string, (...args: unknown[]) => void>();
const sent: Array<{ channel: string; payload: unknown }> = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      invoked.push({ channel, payload });
      return { ok: true, value: channel };
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
    send: (channel: string, payload: unknown) => sent.push({ channel, payload }),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload', async () => {
  await import('../../../electron/preload.ts');
  const bridge = exposed.copydesk as {
    invoke: Record<string, (request: unknown) => Promise<unknown>>;
    onHostCommand: (listener: (message: unknown) => void) => () => void;
    setUiLanguage: (language: string) => void;
  };

  it('exposes one object with exactly the contract calls and the host-command subscription', () => {
    expect(Object.keys(exposed)).toEqual(['copydesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onHostCommand', 'setUiLanguage']);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...CALL_NAMES].sort());
    expect(JSON.stringify(Object.keys(bridge))).not.toContain('ipcRenderer');
  });

  it('each call goes to its own channel', async () => {
    for (const name of CALL_NAMES) {
      await bridge.invoke[name]!({ probe: name });
      expect(invoked.at(-1)).toEqual({ channel: ipcChannel(name), payload: { probe: name } });
    }
  });

  it('host commands arrive on the shared channel, without the IPC event', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onHostCommand((message) => received.push(message));
    listeners.get(HOST_COMMAND_CHANNEL)?.({ sender: 'secret' }, { command: 'file.open' });
    expect(received).toEqual([{ command: 'file.open' }]);
    unsubscribe();
    expect(listeners.has(HOST_COMMAND_CHANNEL)).toBe(false);
  });

  it('reports the UI language on its own channel', () => {
    bridge.setUiLanguage('ru');
    expect(sent).toEqual([{ channel: UI_LANGUAGE_CHANNEL, payload: 'ru' }]);
  });
});
