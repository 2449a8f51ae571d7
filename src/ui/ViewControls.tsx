import { VIEWS, selectBodyAvailable, useViewStore, type ViewName } from '../state/viewStore.ts';

const LABELS: Record<ViewName, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Your left side',
  right: 'Your right side',
};

const SHORT: Record<ViewName, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
};

/** Buttons that turn the body to a standard view. */
export function ViewControls() {
  const view = useViewStore((s) => (s.atView ? s.view : null));
  const showView = useViewStore((s) => s.showView);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable) return null;
  return (
    <div className="view-controls" role="group" aria-label="Turn the body">
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          aria-label={LABELS[v]}
          title={LABELS[v]}
          onClick={() => showView(v)}
        >
          {SHORT[v]}
        </button>
      ))}
      <button
        type="button"
        className="view-reset"
        aria-label="Reset the view"
        title="Reset the view"
        onClick={() => showView('front')}
      >
        ⟲
      </button>
    </div>
  );
}
