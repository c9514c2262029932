import { useEffect, useRef } from 'preact/hooks';

/**
 * A stable function that calls `act` with the latest value once calls have stopped for `ms`; a
 * pending call is dropped when the component unmounts.
 */
export function useDebounced<T>(act: (value: T) => void, ms: number): (value: T) => void {
  const state = useRef<{ timer?: ReturnType<typeof setTimeout>; act: typeof act; call?: (value: T) => void }>({ act });
  state.current.act = act;
  useEffect(() => () => clearTimeout(state.current.timer), []);
  state.current.call ??= (value: T) => {
    clearTimeout(state.current.timer);
    state.current.timer = setTimeout(() => state.current.act(value), ms);
  };
  return state.current.call;
}
