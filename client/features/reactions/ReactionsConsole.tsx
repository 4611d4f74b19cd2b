import { reactionGlyphs } from '../../../shared/reaction/glyphs';
import { reactionKinds } from '../../../shared/reaction/kinds';
import { totalOf } from '../../../shared/reaction/reactions';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useCurrentReactions, useReactionsState } from './useReactions';
import { consoleReactionsCss } from './consoleReactionsCss';

/** The console's reactions: the count per kind for the item on now, and the switches for the item and the day. */
export function ReactionsConsole() {
  const t = useT();
  const { run, error } = useCommand();
  const reactions = useReactionsState();
  const { item, counts } = useCurrentReactions();
  const itemOn = item !== null && !reactions.offItems.includes(item.id);
  return (
    <section className="card reactions-console" aria-labelledby="reactions-heading" data-testid="reactions-console">
      <style>{consoleReactionsCss}</style>
      <h2 id="reactions-heading">{t('reactions.console.title')}</h2>
      <div className="row toolbar">
        <label className="check">
          <input type="checkbox" checked={!reactions.off} onChange={(e) => run('reaction:switch', { itemId: null, enabled: e.target.checked })} data-testid="reactions-day" />
          {t('reactions.console.onDay')}
        </label>
        {item && (
          <label className="check">
            <input type="checkbox" checked={itemOn} disabled={reactions.off} onChange={(e) => run('reaction:switch', { itemId: item.id, enabled: e.target.checked })} data-testid="reactions-item" />
            {t('reactions.console.onItem')}
          </label>
        )}
      </div>
      {error && <p className="error">{t(errorKey(error))}</p>}
      {reactions.off && <p className="muted">{t('reactions.console.offDay')}</p>}
      {!item ? (
        <p className="muted">{t('reactions.console.noItem')}</p>
      ) : (
        <>
          <h3>{t('reactions.console.during', { title: item.title })}</h3>
          {totalOf(counts) === 0 ? (
            <p className="muted">{t('reactions.console.none')}</p>
          ) : (
            <ul className="reaction-tally" data-testid="console-reaction-counts">
              {reactionKinds.map((kind) => (
                <li key={kind} data-kind={kind}>
                  <span className="reaction-glyph">{reactionGlyphs[kind]}</span>
                  <strong>{counts[kind] ?? 0}</strong>
                </li>
              ))}
              <li>{t('reactions.console.total', { count: totalOf(counts) })}</li>
            </ul>
          )}
        </>
      )}
    </section>
  );
}
