import type { HttpClient } from './http-client';
import type { AccessToken, LoginResponse, NewUser, SessionUser, User, UserChanges } from './identity.types';

export function identityApi(http: HttpClient) {
  return {
    login: (email: string, password: string) => http.post<LoginResponse>('/api/auth/login', { email, password }),
    refresh: () => http.post<AccessToken>('/api/auth/refresh'),
    me: () => http.get<SessionUser>('/api/auth/me'),
    listUsers: () => http.get<User[]>('/api/users'),
    createUser: (user: NewUser) => http.post<User>('/api/users', user),
    updateUser: (id: string, changes: UserChanges) => http.patch<User>(`/api/users/${encodeURIComponent(id)}`, changes),
  };
}
