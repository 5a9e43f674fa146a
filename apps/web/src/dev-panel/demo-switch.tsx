import { errorMessages } from '../api/errors';
import { useDemoSwitches, useSetDemoSwitches } from './dev-panel-queries';

/**
 * The toolbar's switch of the N+1 demo: on, the API loads each listed article's tags with a query
 * of its own, and the list's next row in the panel shows it.
 */
export function DemoSwitch() {
  const { data: demo, error } = useDemoSwitches();
  const setDemo = useSetDemoSwitches();
  // While the change is on its way the switch already shows where it goes.
  const isOn = setDemo.isPending
    ? setDemo.variables.nPlusOneArticleList
    : demo?.nPlusOneArticleList;
  const problem = error ?? setDemo.error;
  return (
    <>
      <label className="dev-panel-switch">
        <input
          type="checkbox"
          role="switch"
          checked={isOn ?? false}
          disabled={demo === undefined || setDemo.isPending}
          onChange={(event) => setDemo.mutate({ nPlusOneArticleList: event.target.checked })}
        />
        N+1 demo
      </label>
      {problem && (
        <span className="dev-panel-problem">
          N+1 demo unavailable: {errorMessages(problem).join(', ')}
        </span>
      )}
    </>
  );
}
