// react-query over the typed `invoke`: a query's key is its method name and params,
// so a mutation invalidates by method name.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
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

/** A state-changing call; on success the listed methods' queries are fetched again. */
export function useMutate<K extends MethodName>(method: K, invalidates: readonly MethodName[]) {
  const client = useQueryClient();
  return useMutation<Result<K>, Error, Params<K>>({
    mutationFn: (params) => invoke(method, params),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => client.invalidateQueries({ queryKey: [m] })));
    },
  });
}
