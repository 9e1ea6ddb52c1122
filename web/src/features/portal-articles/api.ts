import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { articleListSchema, articlePreviewSchema, articleSchema, type Article } from '@hongtu/contracts/portal-articles';
import { apiGet, apiPost, apiPut, type Query } from '../../api/client';

export const portalArticlesKeys = {
  all: ['portal-articles'] as const,
  list: (query: Query) => ['portal-articles', 'list', query] as const,
  detail: (id: number) => ['portal-articles', 'detail', id] as const,
  preview: (markdown: string) => ['portal-articles', 'preview', markdown] as const,
};

export function usePortalArticlesList(query: Query) {
  return useQuery({
    queryKey: portalArticlesKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/portal-articles', { query, schema: articleListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalArticle(id: number | undefined) {
  return useQuery({
    queryKey: portalArticlesKeys.detail(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/portal-articles/${id}`, { schema: articleSchema, signal }),
    enabled: id !== undefined,
  });
}

/** The server's rendering of the Markdown being typed (the same HTML the portal shows). */
export function useArticlePreview(markdown: string) {
  return useQuery({
    queryKey: portalArticlesKeys.preview(markdown),
    queryFn: ({ signal }) => apiPost('/api/portal-articles/preview', { body: { markdown }, schema: articlePreviewSchema, signal }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export type ArticleMove = 'submit' | 'publish' | 'return' | 'withdraw';

export function useSaveArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: Record<string, unknown> }) =>
      id === undefined ? apiPost('/api/portal-articles', { body, schema: articleSchema }) : apiPut(`/api/portal-articles/${id}`, { body, schema: articleSchema }),
    onSuccess: (article: Article) => {
      client.setQueryData(portalArticlesKeys.detail(article.id), article);
      void client.invalidateQueries({ queryKey: [...portalArticlesKeys.all, 'list'] });
    },
  });
}

export function useImportArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { fileName: string; markdown: string }) => apiPost('/api/portal-articles/import', { body, schema: articleSchema }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...portalArticlesKeys.all, 'list'] }),
  });
}

export function useMoveArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ article, action, publishAt }: { article: Pick<Article, 'id' | 'version'>; action: ArticleMove; publishAt?: string | null }) =>
      apiPost(`/api/portal-articles/${article.id}/${action}`, { body: action === 'publish' ? { version: article.version, publishAt: publishAt ?? null } : { version: article.version }, schema: articleSchema }),
    onSuccess: (article: Article) => {
      client.setQueryData(portalArticlesKeys.detail(article.id), article);
      void client.invalidateQueries({ queryKey: [...portalArticlesKeys.all, 'list'] });
    },
  });
}
