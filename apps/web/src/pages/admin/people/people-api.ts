import type { Schemas } from '@closeloop/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client';
import { PAGE_SIZE } from '../admin-api';

/** 人员: people who sign in, through the generated client (createPerson, listPeople, invitePerson, disablePerson, enablePerson). */

export type Person = Schemas['PersonDto'];
export type Invitation = Schemas['InvitationDto'];

const peopleKey = ['admin', 'people'] as const;

/** A page of people, by id after `cursor`. */
export function usePeople(cursor: string | undefined) {
  return useQuery({
    queryKey: [...peopleKey, cursor ?? ''],
    queryFn: () => call(api.GET('/v1/people', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

function usePeopleWrite<Args, Answer>(write: (args: Args) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }) });
}

export const useCreatePerson = () => usePeopleWrite((body: Schemas['CreatePersonDto']) => call(api.POST('/v1/people', { body })));

export const useInvitePerson = () =>
  usePeopleWrite((id: string) => call(api.POST('/v1/people/{id}/invitations', { params: { path: { id } } })));

export const useDisablePerson = () =>
  usePeopleWrite((id: string) => call(api.POST('/v1/people/{id}/disable', { params: { path: { id } } })));

export const useEnablePerson = () => usePeopleWrite((id: string) => call(api.POST('/v1/people/{id}/enable', { params: { path: { id } } })));
