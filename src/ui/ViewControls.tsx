import { useT } from '../state/i18n.ts';
import { VIEWS, selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** Buttons that turn the body to a standard view. */
export function ViewControls() {
  const t = useT();
  const view = useViewStore((s) => (s.atView ? s.view : null));
  const showView = useViewStore((s) => s.showView);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable) return null;
  return (
    <div className="view-controls" role="group" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          aria-label={t('views.name', { view: v })}
          title={t('views.name', { view: v })}
          onClick={() => showView(v)}
        >
          {t('views.short', { view: v })}
        </button>
      ))}
      <button
        type="button"
        className="view-reset"
        aria-label={t('views.reset')}
        title={t('views.reset')}
        onClick={() => showView('front')}
      >
        ⟲
      </button>
    </div>
  );
}
