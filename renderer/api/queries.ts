// react-query over the typed `invoke`: a query's key is its method name and params,
// so a mutation invalidates by method name.
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodName, Params, Result } from '../../api/contract';
import { invoke } from './client';

export function useCall<K extends MethodName>(
  method: K,
  params: Params<K>,
  options: Omit<UseQueryOptions<Result<K>, Error>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Result<K>, Error>({
    queryKey: [method, params],
    queryFn: () => invoke(method, params),
    ...options,
  });
}

/** Fetches the listed methods' queries again (every params). */
export async function invalidate(client: QueryClient, methods: readonly MethodName[]): Promise<void> {
  await Promise.all(methods.map((m) => client.invalidateQueries({ queryKey: [m] })));
}

/** A state-changing call; on success the listed methods' queries are fetched again. */
export function useMutate<K extends MethodName>(method: K, invalidates: readonly MethodName[]) {
  const client = useQueryClient();
  return useMutation<Result<K>, Error, Params<K>>({
    mutationFn: (params) => invoke(method, params),
    onSuccess: () => invalidate(client, invalidates),
  });
}

