import { createRoot, extend, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { Suspense, useEffect } from 'react';
import { FIGURE_SKELETONS, type Figure } from '../domain/anatomy/build.ts';
import type { BodyDisplay } from '../domain/display.ts';
import type { HandoutPicture } from '../domain/handout.ts';
import type { ViewName } from '../domain/view.ts';
import { Body } from './Body.tsx';
import { Lights } from './Lights.tsx';
import { Markers } from './Markers.tsx';
import { PICTURE_FOV, pictureShot, type PictureShot, type PictureSubject } from './pictureShot.ts';
import { SideLabel } from './SideLabel.tsx';
import { useBodyMesh } from './useBodyMesh.ts';

/** How long one picture may take, the model's download included, before it is given up. */
const PICTURE_TIMEOUT_MS = 30_000;

/** One picture to draw: what the body shows, and the trigger point it must show best. */
export interface PictureRequest {
  key: string;
  display: BodyDisplay;
  subject: PictureSubject;
}

export type BodyPicture = HandoutPicture;

export interface PictureOptions {
  figure: Figure;
  width: number;
  height: number;
  /** "Your left" and "Your right", in the app's language. */
  sideLabels: { left: string; right: string };
}

/**
 * Draws a still picture of the body for each request, offscreen, one after another, on a WebGL
 * canvas of its own (never the one on screen, whose camera the person may be turning): the same
 * body, paint, X markers and side labels as on screen, on white for paper, from the angle that
 * shows the trigger point and its pattern best. Resolves with one picture per key (a request
 * that fails to draw is left out). The canvas and its GPU context are released at the end.
 */
export async function drawBodyPictures(
  requests: readonly PictureRequest[],
  options: PictureOptions,
): Promise<Map<string, BodyPicture>> {
  const pictures = new Map<string, BodyPicture>();
  if (requests.length === 0) return pictures;
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  // <Canvas> teaches the renderer three's objects by itself; a bare root must be told.
  extend(THREE as unknown as Parameters<typeof extend>[0]);
  const root = createRoot(canvas);
  await root.configure({
    // Keep the frame after it is drawn, so it can be read back as an image.
    gl: { preserveDrawingBuffer: true, antialias: true },
    size: { width: options.width, height: options.height, top: 0, left: 0 },
    dpr: 1,
    frameloop: 'never',
    camera: { fov: PICTURE_FOV, near: 0.05, far: 30 },
  });
  try {
    for (const request of requests) {
      const picture = await new Promise<BodyPicture | null>((resolve) => {
        // A model that never arrives must not hold the handout up for good.
        const timer = setTimeout(() => resolve(null), PICTURE_TIMEOUT_MS);
        const done = (drawn: BodyPicture | null) => {
          clearTimeout(timer);
          resolve(drawn);
        };
        root.render(
          <PictureScene key={request.key} request={request} options={options} onDrawn={done} />,
        );
      });
      if (picture) pictures.set(request.key, picture);
    }
  } finally {
    root.unmount();
  }
  return pictures;
}

function PictureScene({
  request,
  options,
  onDrawn,
}: {
  request: PictureRequest;
  options: PictureOptions;
  onDrawn: (picture: BodyPicture | null) => void;
}) {
  return (
    <>
      <color attach="background" args={['#ffffff']} />
      <Lights />
      <Suspense fallback={null}>
        <PictureBody request={request} options={options} onDrawn={onDrawn} />
      </Suspense>
    </>
  );
}

function PictureBody({
  request,
  options,
  onDrawn,
}: {
  request: PictureRequest;
  options: PictureOptions;
  onDrawn: (picture: BodyPicture | null) => void;
}) {
  const { figure, width, height, sideLabels } = options;
  const mesh = useBodyMesh(figure);
  const skeleton = FIGURE_SKELETONS[figure];
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const advance = useThree((s) => s.advance);
  // Runs after the body's paint and the markers' placement (children's effects run first).
  useEffect(() => {
    try {
      const shot = pictureShot(mesh, request.subject, skeleton, width / height);
      camera.position.copy(shot.position);
      camera.up.set(0, 1, 0);
      camera.lookAt(shot.target);
      camera.updateMatrixWorld();
      // One frame: the side labels turn and fade for this camera, then the scene is drawn.
      advance(performance.now(), true);
      onDrawn({ src: gl.domElement.toDataURL('image/jpeg', 0.9), ...viewOf(shot) });
    } catch (error) {
      console.error('A picture of the body could not be drawn', error);
      onDrawn(null);
    }
  }, [mesh, request, skeleton, camera, gl, advance, width, height, onDrawn]);
  return (
    <>
      <Body mesh={mesh} display={request.display} />
      <Markers mesh={mesh} markers={request.display.markers} skeleton={skeleton} />
      <SideLabel text={sideLabels.left} position={[0.4, 0.04, 0.05]} />
      <SideLabel text={sideLabels.right} position={[-0.4, 0.04, 0.05]} />
    </>
  );
}

/** The side of the body a picture looks at, named as the standard views are. */
function viewOf(shot: PictureShot): Pick<BodyPicture, 'view' | 'fromAbove'> {
  const d = shot.position.clone().sub(shot.target).normalize();
  const view: ViewName =
    Math.abs(d.x) > Math.abs(d.z) ? (d.x > 0 ? 'left' : 'right') : d.z > 0 ? 'front' : 'back';
  return { view, fromAbove: d.y > 0.5 };
}
