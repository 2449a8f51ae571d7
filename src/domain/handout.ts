/**
 * The printed handout: the same points as the home plan (a session's findings, or a plan link's
 * points), each with a still picture of the body drawn for paper. Which pictures to draw is
 * plain data: what the body shows in each and which trigger point it must show best.
 */
import type { Figure } from './anatomy/build.ts';
import type { Placement } from './atlas.ts';
import { DisplayBuilder, type BodyDisplay } from './display.ts';
import type { HomePlanItem } from './homePlan.ts';
import { patternAreas } from './ranking.ts';
import type { BodyArea, Side } from './regions.ts';
import { patternOf } from './session.ts';
import type { ViewName } from './view.ts';

/** A drawn picture of the body: an image address (made on this device) and the side it shows. */
export interface HandoutPicture {
  src: string;
  view: ViewName;
  /** Seen from above as well (a point pressed from the top of the shoulder). */
  fromAbove: boolean;
}

/** One picture of the handout: what the body shows, and the point whose X and pattern it frames. */
export interface PictureOrder {
  /** The same point, number, figure and language always make the same picture. */
  key: string;
  display: BodyDisplay;
  subject: {
    placement: Placement;
    side: Side;
    essential: readonly BodyArea[];
    spillover: readonly BodyArea[];
  };
}

/** The key of a point's picture: a picture is drawn once and kept while nothing in it changes. */
export function pictureKey(
  item: Pick<HomePlanItem, 'point' | 'number'>,
  figure: Figure,
  language: string,
): string {
  return `${figure}|${language}|${item.number}|${item.point.side}.${item.point.triggerPointId}`;
}

/**
 * What each point's picture shows: that point alone (the page beside it is about it), its X
 * numbered as in the list, its pattern in the list's colour, solid where the pain is main and
 * dotted where it is sometimes, and the outline of its muscle where it lies on the surface.
 */
export function pictureOrders(
  items: readonly Pick<HomePlanItem, 'point' | 'entry' | 'number'>[],
  figure: Figure,
  language: string,
): PictureOrder[] {
  return items.map((item) => {
    const { point, entry, number } = item;
    const { triggerPoint, muscle } = entry;
    const pattern = patternOf(number - 1);
    const display = new DisplayBuilder()
      .pattern(triggerPoint, point.side, pattern)
      .marker({
        triggerPointId: triggerPoint.id,
        side: point.side,
        placement: triggerPoint.placement,
        label: String(number),
        pattern,
      })
      .outline({ muscleId: muscle.id, side: point.side })
      .build();
    return {
      key: pictureKey(item, figure, language),
      display,
      subject: {
        placement: triggerPoint.placement,
        side: point.side,
        essential: patternAreas(triggerPoint.referral.essential, point.side),
        spillover: patternAreas(triggerPoint.referral.spillover, point.side),
      },
    };
  });
}
