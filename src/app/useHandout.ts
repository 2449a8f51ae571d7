import { useEffect, useMemo } from 'react';
import type { Figure } from '../domain/anatomy/build.ts';
import { pictureOrders, type PictureOrder } from '../domain/handout.ts';
import { combinedSafety, planItems } from '../domain/homePlan.ts';
import type { PlanPoint } from '../domain/planLink.ts';
import type { BodyArea } from '../domain/regions.ts';
import type { TechniqueSafety } from '../domain/safety.ts';
import { canUseWebGL } from '../scene/webgl.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useHandoutStore } from '../state/handoutStore.ts';
import { loadMuscles, loadSafety, loadSearchWords, t, useI18nStore, useT } from '../state/i18n.ts';
import type { HandoutItem } from '../ui/Handout.tsx';

/** The size pictures are drawn at: about 300 dpi at the 58 × 72 mm they print at. */
const PICTURE_WIDTH = 720;
const PICTURE_HEIGHT = 900;
/** How long the session page waits, once its points stop changing, before drawing pictures. */
const EAGER_DELAY_MS = 1500;

// Pictures are drawn one batch at a time, so a print waits for one in progress, never two.
let drawing: Promise<void> = Promise.resolve();

/** Draws the pictures not drawn yet (the 3D code loads with the first), one batch at a time. */
function drawMissing(orders: readonly PictureOrder[], figure: Figure): Promise<void> {
  const run = drawing.then(async () => {
    const store = useHandoutStore.getState();
    const missing = orders.filter((o) => !store.pictures.has(o.key));
    if (missing.length === 0) return;
    store.setDrawing(true);
    let drawn = new Map<string, ReturnType<typeof store.pictures.get>>();
    try {
      const { drawBodyPictures } = await import('../scene/bodyPictures.tsx');
      drawn = await drawBodyPictures(missing, {
        figure,
        width: PICTURE_WIDTH,
        height: PICTURE_HEIGHT,
        sideLabels: {
          left: t('side.yours', { side: 'left' }),
          right: t('side.yours', { side: 'right' }),
        },
      });
    } catch (error) {
      // The 3D code did not arrive or could not draw: the handout says so where each picture goes.
      console.error('The handout pictures could not be drawn', error);
    } finally {
      store.addPictures(new Map(missing.map((o) => [o.key, drawn.get(o.key) ?? null])));
      store.setDrawing(false);
    }
  });
  drawing = run.catch(() => undefined);
  return run;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

export interface HandoutView {
  items: readonly HandoutItem[];
  safety: TechniqueSafety;
  pictures: ReturnType<typeof useHandoutStore.getState>['pictures'];
  bodyAvailable: boolean;
  /** Draws what is missing, loads every word, then opens the browser's print dialog. */
  print: () => Promise<void>;
}

/**
 * The handout of a set of points (a session's findings or a plan link's): its items, one set of
 * warnings for all, and the pictures, drawn offscreen from the body model. `eager` draws them
 * as soon as the points settle (the session page, where the 3D code is loaded anyway), so the
 * browser's own Print has them too; otherwise they are drawn when "Print handout" is pressed
 * (the home plan, opened on a phone, does not download the 3D body for a print it may never
 * make).
 */
export function useHandout(
  plan: { points: readonly PlanPoint[]; areas: readonly BodyArea[]; figure: Figure },
  eager: boolean,
): HandoutView {
  useT();
  const index = useAtlas();
  const locale = useI18nStore((s) => s.locale);
  const pictures = useHandoutStore((s) => s.pictures);
  const { points, areas, figure } = plan;
  const planned = useMemo(() => planItems({ points, areas }, index), [points, areas, index]);
  const safety = useMemo(() => combinedSafety(index, planned, areas), [index, planned, areas]);
  const orders = useMemo(() => pictureOrders(planned, figure, locale), [planned, figure, locale]);
  const items = useMemo(
    () => planned.map((item, i) => ({ ...item, pictureKey: orders[i]!.key })),
    [planned, orders],
  );
  const bodyAvailable = canUseWebGL();
  const missing = orders.filter((o) => !pictures.has(o.key)).length;
  useEffect(() => {
    if (!eager || !bodyAvailable || missing === 0) return undefined;
    const timer = setTimeout(() => void drawMissing(orders, figure), EAGER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [eager, bodyAvailable, missing, orders, figure]);
  const print = async () => {
    await Promise.all([
      bodyAvailable ? drawMissing(orders, figure) : undefined,
      loadSafety(),
      loadSearchWords(),
      loadMuscles(
        planned.map((i) => i.entry.muscle.id),
        index.muscle,
        index.muscleOfTriggerPoint,
      ),
    ]);
    // Let React put the last words and pictures in before the browser lays the pages out.
    await nextFrame();
    await nextFrame();
    window.print();
  };
  return { items, safety, pictures, bodyAvailable, print };
}
