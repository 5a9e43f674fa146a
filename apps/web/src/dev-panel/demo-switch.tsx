import { useState } from 'react';
import { errorMessages } from '../api/errors';
import { useDemoSwitches, useSetDemoSwitches } from './dev-panel-queries';

/**
 * The toolbar's switch of the N+1 demo: on, the API loads each listed article's tags with a query
 * of its own, and the list's next row in the panel shows it.
 */
export function DemoSwitch() {
  const { data: demo, error } = useDemoSwitches();
  const setDemo = useSetDemoSwitches();
  // Where the switch goes, shown from the click on: the mutation's own state arrives a moment
  // later, and a checkbox drawn from the old value in between would flick back.
  const [requested, setRequested] = useState<boolean>();
  const flip = (isOn: boolean) => {
    setRequested(isOn);
    setDemo.mutate({ nPlusOneArticleList: isOn }, { onSettled: () => setRequested(undefined) });
  };
  const isOn = requested ?? demo?.nPlusOneArticleList ?? false;
  const problem = error ?? setDemo.error;
  return (
    <>
      <label className="dev-panel-switch">
        <input
          type="checkbox"
          role="switch"
          checked={isOn}
          disabled={demo === undefined || requested !== undefined}
          onChange={(event) => flip(event.target.checked)}
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
