import { useCallback, useState } from "react";
import type { ApiFailure, ApiResult } from "./api-client";

/**
 * A button's call to the API with its busy state and error: the one place that pairs them.
 * `keepBusy` leaves the button busy after success (the page is navigating away).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(
      call: () => Promise<ApiResult<T>>,
      options: {
        onSuccess?: (data: T) => void;
        onDone?: () => void;
        keepBusy?: boolean;
        message?: (failure: ApiFailure) => string;
      } = {},
    ): Promise<ApiResult<T>> => {
      setBusy(true);
      setError(null);
      const result = await call();
      if (result.ok) {
        if (!options.keepBusy) setBusy(false);
        options.onSuccess?.(result.data);
      } else {
        setBusy(false);
        setError(options.message?.(result) ?? result.message);
      }
      options.onDone?.();
      return result;
    },
    [],
  );
  return { busy, error, run };
}
