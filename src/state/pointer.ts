import { createStore } from 'zustand/vanilla';

/**
 * Where the pointer is over the body, in CSS pixels relative to the viewport. Changes on every
 * pointer move, so it lives outside React: the tooltip subscribes and moves itself.
 */
export const pointerStore = createStore<{ x: number; y: number }>()(() => ({ x: 0, y: 0 }));
