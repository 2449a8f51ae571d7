import { useViewStore } from '../state/viewStore.ts';

/** Says plainly when the 3D body cannot be shown, and how to carry on without it. */
export function GraphicsNotice() {
  const graphics = useViewStore((s) => s.graphics);
  const model = useViewStore((s) => s.model);
  let text: string | null = null;
  if (graphics === 'unavailable') {
    text =
      'This browser cannot show the 3D body (WebGL is turned off or not supported). Everything else still works: pick where it hurts from the list in the panel.';
  } else if (graphics === 'lost') {
    text =
      'The 3D view stopped (the graphics device was reset). Reload the page to bring it back; meanwhile, pick areas from the list in the panel.';
  } else if (model === 'error') {
    text =
      'The body model could not be loaded. Check your connection and reload; meanwhile, pick areas from the list in the panel.';
  }
  if (!text) {
    return graphics !== 'unavailable' && model === 'loading' ? (
      <p className="body-loading" role="status">
        Loading the body…
      </p>
    ) : null;
  }
  return (
    <div className="graphics-notice" role="alert">
      <p>{text}</p>
    </div>
  );
}
