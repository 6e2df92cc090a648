/**
 * Remembering the main window's size and position between runs. A saved position that is
 * no longer on any display (a monitor was unplugged) is dropped so the window never opens
 * off-screen; a missing or corrupt state file gives the defaults.
 */
import { readFileSync } from 'node:fs';
import { atomicWrite } from '../../node/util/atomic-write.ts';

/** The saved window geometry. */
export interface WindowState {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly maximized?: boolean;
}

/** A display's usable area. */
export interface DisplayArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The geometry of a first start. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860 };

const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;

/** Makes `state` fit the displays: minimum size, and a position only if it is visible. */
export function fitToDisplays(state: WindowState, displays: readonly DisplayArea[]): WindowState {
  const width = Math.max(MIN_WIDTH, Math.round(state.width));
  const height = Math.max(MIN_HEIGHT, Math.round(state.height));
  const base = { width, height, ...(state.maximized ? { maximized: true } : {}) };
  if (state.x === undefined || state.y === undefined) return base;
  const { x, y } = state;
  // Visible enough: the title bar's first 100 px lie within some display.
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y < d.y + d.height);
  return visible ? { ...base, x: Math.round(x), y: Math.round(y) } : base;
}

/** Reads the state file; defaults on any problem. */
export function loadWindowState(file: string): WindowState {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (typeof value.width !== 'number' || typeof value.height !== 'number') return DEFAULT_WINDOW_STATE;
    if (!Number.isFinite(value.width) || !Number.isFinite(value.height)) return DEFAULT_WINDOW_STATE;
    return {
      width: value.width,
      height: value.height,
      ...(typeof value.x === 'number' && typeof value.y === 'number' ? { x: value.x, y: value.y } : {}),
      ...(value.maximized === true ? { maximized: true } : {}),
    };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Saves the state file atomically. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await atomicWrite(file, JSON.stringify(state));
}
