import { QueryClient } from '@tanstack/react-query';
import { isApiError, setUnauthorizedHandler } from '../api/client';
import { replaceSession } from '../features/auth/public';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal or a missing record will not change on retry; a network blip might.
      retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

/** A 401 from any call means the session ended: forget the user and let the guard send them to the login page. */
setUnauthorizedHandler(() => replaceSession(queryClient, null));
