import { useT, type UiKey } from '../state/i18n.ts';
import { useViewStore } from '../state/viewStore.ts';

/**
 * Says plainly when the 3D body cannot be shown, and how to carry on without it (`problemKey`:
 * the page's own words for that, with the same `problem` choices).
 */
export function GraphicsNotice({ problemKey = 'graphics.problem' }: { problemKey?: UiKey }) {
  const t = useT();
  const graphics = useViewStore((s) => s.graphics);
  const model = useViewStore((s) => s.model);
  const problem =
    graphics === 'unavailable'
      ? 'unavailable'
      : graphics === 'lost'
        ? 'lost'
        : model === 'error'
          ? 'model'
          : null;
  if (!problem) {
    return graphics !== 'unavailable' && model === 'loading' ? (
      <p className="body-loading" role="status">
        {t('graphics.loading')}
      </p>
    ) : null;
  }
  return (
    <div className="graphics-notice" role="alert">
      <p>{t(problemKey, { problem })}</p>
      {problem === 'lost' && (
        <button type="button" onClick={() => useViewStore.getState().retryGraphics()}>
          {t('failure.retry')}
        </button>
      )}
    </div>
  );
}
