import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './app/i18n-start';
import { AppProviders } from './app/AppProviders';
import { queryClient } from './app/queryClient';
import { router } from './app/router';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* A language other than zh-CN: nothing is drawn until its texts are there (i18n/index.ts). */}
      <Suspense fallback={null}>
        <AppProviders>
          <RouterProvider router={router} />
        </AppProviders>
      </Suspense>
    </QueryClientProvider>
  </StrictMode>,
);
