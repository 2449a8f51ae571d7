import { Canvas } from '@react-three/fiber';
import { Component, Suspense, useEffect, type ReactNode } from 'react';
import { useViewStore } from '../state/viewStore.ts';
import { Body } from './Body.tsx';
import { BODY_CENTRE, CameraRig, HOME_DISTANCE } from './CameraRig.tsx';
import { SideLabel } from './SideLabel.tsx';

/** True when this browser can give us a WebGL 2 context (three needs it). */
export function canUseWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}

/** The 3D view of the body. Renders on demand: nothing is drawn unless something changed. */
export function BodyCanvas() {
  const graphics = useViewStore((s) => s.graphics);
  const setGraphics = useViewStore((s) => s.setGraphics);
  const figure = useViewStore((s) => s.figure);

  useEffect(() => {
    if (graphics === 'checking') setGraphics(canUseWebGL() ? 'ready' : 'unavailable');
  }, [graphics, setGraphics]);

  if (graphics !== 'ready') return null;
  return (
    <Canvas
      className="body-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 30, position: [0, BODY_CENTRE.y, HOME_DISTANCE] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          // Ask the browser to try to restore it; until then the panel carries on without it.
          event.preventDefault();
          setGraphics('lost');
        });
        gl.domElement.addEventListener('webglcontextrestored', () => setGraphics('ready'));
      }}
    >
      <color attach="background" args={['#f3f1ed']} />
      <hemisphereLight args={['#fffaf2', '#8c8578', 0.9]} />
      <directionalLight position={[1.6, 3.2, 2.6]} intensity={1.7} color="#fff6ea" />
      <directionalLight position={[-2.4, 1.6, 1.2]} intensity={0.45} color="#e4ecff" />
      <directionalLight position={[0, 2.4, -3]} intensity={0.85} color="#ffffff" />
      <ModelBoundary>
        <Suspense fallback={null}>
          {/* A new figure is a new mesh: remount, so everything tied to the old one is let go. */}
          <Body key={figure} />
          <SideLabels />
        </Suspense>
      </ModelBoundary>
      <CameraRig />
    </Canvas>
  );
}

/** "Your left" / "Your right" beside the feet, so the person's sides are never in doubt. */
function SideLabels() {
  return (
    <>
      <SideLabel text="Your left" position={[0.4, 0.04, 0.05]} />
      <SideLabel text="Your right" position={[-0.4, 0.04, 0.05]} />
    </>
  );
}

/** If the model cannot load, say so in the page (via the store) instead of a blank canvas. */
class ModelBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('Body model failed to load', error);
    useViewStore.getState().setModel('error');
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
