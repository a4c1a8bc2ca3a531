import type { BrowserWindow } from 'electron';

export type WindowStateT = {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
};

export function captureWindowState(win: BrowserWindow): WindowStateT {
  const b = win.getNormalBounds();
  return { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() };
}
