import { addAfterEffect, Canvas, useThree } from '@react-three/fiber';
import { Component, Suspense, useEffect, useState, type ReactNode } from 'react';
import { FIGURE_SKELETONS, type Figure } from '../domain/anatomy/build.ts';
import type { CameraCommand, GraphicsStatus, ModelStatus } from '../domain/view.ts';
import type { BodyDisplay } from '../domain/display.ts';
import { MARKS, mark } from '../state/perfMarks.ts';
import { Body, type BodyHandlers } from './Body.tsx';
import type { BodyMesh } from './bodyMesh.ts';
import { BODY_CENTRE, CameraRig, HOME_DISTANCE } from './CameraRig.tsx';
import { Lights } from './Lights.tsx';
import { Markers } from './Markers.tsx';
import { SideLabel } from './SideLabel.tsx';
import { preloadBody, useBodyMesh } from './useBodyMesh.ts';
import { canUseWebGL } from './webgl.ts';

export interface BodyCanvasProps extends BodyHandlers {
  figure: Figure;
  display: BodyDisplay;
  command: CameraCommand | null;
  /** "Your left" and "Your right", in the app's language. */
  sideLabels: { left: string; right: string };
  onGraphics?: (status: GraphicsStatus) => void;
  onModel?: (status: ModelStatus) => void;
  onLeaveView?: () => void;
  onMoving?: (moving: boolean) => void;
}

// The default figure is fetched as soon as this chunk loads; the other one when it is asked for.
preloadBody('male');

/**
 * A 3D view of the body showing a display. Renders on demand: nothing is drawn unless something
 * changed. Holds no global state, so two can share a screen.
 */
export function BodyCanvas(props: BodyCanvasProps) {
  const { onGraphics } = props;
  const [graphics, setGraphics] = useState<GraphicsStatus>(() =>
    canUseWebGL() ? 'ready' : 'unavailable',
  );
  useEffect(() => onGraphics?.(graphics), [graphics, onGraphics]);

  // A lost context keeps its canvas (and so its camera and scene): the browser may give it back.
  if (graphics === 'unavailable') return null;
  return (
    <Canvas
      className="body-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 30, position: [0, BODY_CENTRE.y, HOME_DISTANCE] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl, invalidate }) => {
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          // Ask the browser to restore it; until then the page says so and the panel carries on.
          event.preventDefault();
          setGraphics('lost');
        });
        gl.domElement.addEventListener('webglcontextrestored', () => {
          // three rebuilds its GPU state on restore and uploads the scene again on the next frame;
          // the scene, camera and what is shown never left, so the same view comes back.
          setGraphics('ready');
          invalidate();
        });
      }}
    >
      <color attach="background" args={['#f3f1ed']} />
      <Lights />
      <Scene {...props} />
    </Canvas>
  );
}

function Scene(props: BodyCanvasProps) {
  const { figure, command, onLeaveView, onMoving, onModel, sideLabels } = props;
  const [mesh, setMesh] = useState<BodyMesh | null>(null);
  return (
    <>
      <ModelBoundary onError={() => onModel?.('error')}>
        <Suspense fallback={null}>
          {/* A new figure is a new mesh: remount, so everything tied to the old one is let go. */}
          <LoadedBody key={figure} {...props} onMesh={setMesh} />
          <SideLabel text={sideLabels.left} position={[0.4, 0.04, 0.05]} />
          <SideLabel text={sideLabels.right} position={[-0.4, 0.04, 0.05]} />
        </Suspense>
      </ModelBoundary>
      <CameraRig
        mesh={mesh}
        command={command}
        skeleton={FIGURE_SKELETONS[figure]}
        onLeaveView={onLeaveView}
        onMoving={onMoving}
      />
    </>
  );
}

function LoadedBody({
  figure,
  display,
  onAreaClick,
  onAreaHover,
  onModel,
  onMesh,
}: BodyCanvasProps & { onMesh: (mesh: BodyMesh | null) => void }) {
  const mesh = useBodyMesh(figure);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    onMesh(mesh);
    onModel?.('ready');
    invalidate();
    return () => onMesh(null);
  }, [mesh, onMesh, onModel, invalidate]);
  return (
    <>
      <Body mesh={mesh} display={display} onAreaClick={onAreaClick} onAreaHover={onAreaHover} />
      <Markers mesh={mesh} markers={display.markers} skeleton={FIGURE_SKELETONS[figure]} />
      <FirstFrame />
      <Probes mesh={mesh} />
    </>
  );
}

/** Marks when the body is first drawn, for the benchmark (a performance mark, nothing more). */
function FirstFrame() {
  useEffect(() => {
    // The frame loop's after-effects run once the frame that mounted the body has rendered.
    const unsubscribe = addAfterEffect(() => {
      unsubscribe();
      if (!performance.getEntriesByName(MARKS.bodyDrawn).length) mark(MARKS.bodyDrawn);
    });
    return unsubscribe;
  }, []);
  return null;
}

/**
 * The end-to-end tests' probes (where on screen an area can be clicked, how many draw calls the
 * body takes), loaded in a chunk of their own only when a browser is driven by automation.
 */
function Probes({ mesh }: { mesh: BodyMesh }) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!navigator.webdriver) return undefined;
    let uninstall: (() => void) | undefined;
    let cancelled = false;
    void import('./probes.ts').then(({ installProbes }) => {
      if (!cancelled) uninstall = installProbes({ mesh, camera, gl, scene, invalidate });
    });
    return () => {
      cancelled = true;
      uninstall?.();
    };
  }, [mesh, camera, gl, scene, invalidate]);
  return null;
}

/** If the model cannot load, say so (through the caller) instead of a blank canvas. */
class ModelBoundary extends Component<
  { children: ReactNode; onError: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('Body model failed to load', error);
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
